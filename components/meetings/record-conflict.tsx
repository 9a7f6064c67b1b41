"use client";
import { useTranslations } from "next-intl";
import { THEME_KEYS, THEME_TITLES, type ThemeKey } from "@/lib/meetings/agenda-template";
import { conflictTexts, VersionConflict } from "../forms/version-conflict";

export type RecordValues = Record<`agenda.${ThemeKey}`, string> & { minutes: string; decisions: string };

/** Only the parts that differ are listed: an agenda has many fields. */
export function RecordConflict({ mine, theirs }: { mine: RecordValues; theirs: RecordValues }) {
  const t = useTranslations("meetings");
  const fields: [string, keyof RecordValues][] = [
    ...THEME_KEYS.map((k) => [`${t("agenda")}: ${THEME_TITLES[k]}`, `agenda.${k}`] as [string, keyof RecordValues]),
    [t("minutes"), "minutes"],
    [t("decisions"), "decisions"],
  ];
  const rows = fields
    .filter(([, key]) => (mine[key] ?? "") !== (theirs[key] ?? ""))
    .map(([label, key]) => ({ label, theirs: theirs[key] || "—", mine: mine[key] || "—" }));
  return <VersionConflict {...conflictTexts(t)} rows={rows} />;
}
