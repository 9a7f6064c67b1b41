// The lines of a version as CSV (RFC 4180): comma-separated, every field quoted, inner quotes
// doubled, CRLF line ends, UTF-8 with a byte-order mark so Excel reads the accents right.
// Text that a spreadsheet would run as a formula (= + - @, tab, CR at the start) gets a leading
// apostrophe. Amounts and hours are plain decimals with a dot, written by us, never text.
import { translatorFor } from "../i18n/translator";
import type { ExportData } from "./export-data";
import { centsToDecimalString } from "./money";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function field(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

export function csvRows(rows: string[][]): string {
  return "\uFEFF" + rows.map((row) => row.map(field).join(",") + "\r\n").join("");
}

export function arrangementCsv(data: ExportData, locale: string): string {
  const t = translatorFor(locale, "arrangementExport");
  const name = (id: string) => csvText(data.names.get(id) ?? id);
  const header = ["position", "component", "description", "stream", "payer", "provider", "hoursPerWeek", "amountPerYear", "rationale"].map((k) => t(`csv.${k}`));
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
