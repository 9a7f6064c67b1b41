// The lines of a version as CSV (lib/files/csv.ts). Amounts and hours are plain decimals with
// a dot, written by us, never text.
import { csvRows, csvText } from "../files/csv";
import { translatorFor } from "../i18n/translator";
import type { ExportData } from "./export-data";
import { centsToDecimalString } from "./money";

export function arrangementCsv(data: ExportData, locale: string): string {
  const t = translatorFor(locale, "arrangementExport");
  const name = (id: string) => csvText(data.names.get(id) ?? id);
  const header = [
    "position",
    "component",
    "description",
    "stream",
    "payer",
    "provider",
    "hoursPerWeek",
    "amountPerYear",
    "rationale",
  ].map((k) => t(`csv.${k}`));
  const rows = data.lines.map((line, i) => [
    String(i + 1),
    t(`component.${line.component}`),
    csvText(line.description),
    t(`stream.${line.fundingStream}`),
    name(line.payerOrganisationId),
    name(line.providerOrganisationId),
    line.hoursPerWeek === null ? "" : line.hoursPerWeek.toFixed(2),
    line.amountCentsPerYear === null ? "" : centsToDecimalString(line.amountCentsPerYear),
    csvText(line.rationale),
  ]);
  return csvRows([header, ...rows]);
}
