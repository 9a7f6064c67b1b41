"use client";
import { useTranslations } from "next-intl";
import type { ConditionStatus } from "@/lib/randvoorwaarden/checklist-types";
import { conflictTexts, VersionConflict } from "../forms/version-conflict";

export interface ConditionValues {
  status: ConditionStatus;
  evidence: string;
}

export function ConditionConflict({ mine, theirs }: { mine: ConditionValues; theirs: ConditionValues }) {
  const t = useTranslations("randvoorwaarden");
  const tStatus = useTranslations("conditionStatus");
  const rows = [
    { label: t("status"), theirs: tStatus(theirs.status), mine: tStatus(mine.status) },
    { label: t("evidence"), theirs: theirs.evidence || "—", mine: mine.evidence || "—" },
  ];
  return <VersionConflict {...conflictTexts(t)} rows={rows} />;
}
