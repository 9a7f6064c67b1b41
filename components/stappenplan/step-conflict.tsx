"use client";
import { useTranslations } from "next-intl";
import { conflictTexts, VersionConflict } from "../forms/version-conflict";
import type { StepValues } from "./step-form";

export function StepConflict({
  mine,
  theirs,
  owners,
}: {
  mine: StepValues;
  theirs: StepValues;
  owners: { value: string; label: string }[];
}) {
  const t = useTranslations("step");
  const tStatus = useTranslations("stepStatus");
  const ownerName = (v: string) => owners.find((o) => o.value === v)?.label ?? t("noOwner");
  const fields: [string, (v: StepValues) => string][] = [
    [t("status"), (v) => tStatus(v.status)],
    [t("owner"), (v) => ownerName(v.owner)],
    [t("dueDate"), (v) => v.dueDate || "—"],
    [t("notes"), (v) => v.notes || "—"],
  ];
  return (
    <VersionConflict
      {...conflictTexts(t)}
      rows={fields.map(([label, get]) => ({ label, theirs: get(theirs), mine: get(mine) }))}
    />
  );
}
