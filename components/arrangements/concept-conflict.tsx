"use client";
import { useLocale, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { conflictTexts, VersionConflict, type ConflictRow } from "@/components/forms/version-conflict";
import { formatCents, parseEuroToCents } from "@/lib/arrangements/money";
import type { ConceptDraft } from "./concept-editor";
import type { LineDraft } from "./line-row";

/**
 * Someone saved the concept since this editor opened: the stored concept (the page's props,
 * refreshed) beside what this person typed. Saving again keeps theirs; the other button reloads.
 */
export function ConceptConflict(props: { stored: ConceptDraft; organisations: { id: string; name: string }[] }) {
  const t = useTranslations("arrangements");
  const ts = useTranslations("scenario");
  const locale = useLocale();
  const mine = useWatch() as ConceptDraft;
  const org = (id: string) => props.organisations.find((o) => o.id === id)?.name ?? "";
  const scenario = (s: string) => (ts.has(s) ? ts(s) : s);
  const amount = (text: string) => {
    const cents = text.trim() ? parseEuroToCents(text) : null;
    return cents === null ? text : formatCents(cents, locale);
  };
  const line = (l: LineDraft | undefined) =>
    l
      ? [
          t.has(`component.${l.component}`) ? t(`component.${l.component}`) : "",
          l.description,
          t.has(`stream.${l.fundingStream}`) ? t(`stream.${l.fundingStream}`) : "",
          `${org(l.payerOrganisationId)} → ${org(l.providerOrganisationId)}`,
          l.hoursPerWeek && `${l.hoursPerWeek} ${t("editor.hours").toLowerCase()}`,
          l.amount && amount(l.amount),
        ]
          .filter(Boolean)
          .join("\n")
      : t("noValue");
  const rows: ConflictRow[] = [
    { label: t("editor.scenario"), theirs: scenario(props.stored.scenario), mine: scenario(mine.scenario) },
    { label: t("editor.periodStart"), theirs: props.stored.periodStart, mine: mine.periodStart },
    { label: t("editor.periodEnd"), theirs: props.stored.periodEnd, mine: mine.periodEnd },
    { label: t("editor.groupSize"), theirs: props.stored.groupSize, mine: String(mine.groupSize ?? "") },
  ];
  const count = Math.max(props.stored.lines.length, mine.lines?.length ?? 0);
  for (let i = 0; i < count; i++)
    rows.push({
      label: t("editor.line", { number: i + 1 }),
      theirs: line(props.stored.lines[i]),
      mine: line(mine.lines?.[i]),
    });
  return <VersionConflict {...conflictTexts((key) => t(`editor.conflict.${key}`))} rows={rows} />;
}
