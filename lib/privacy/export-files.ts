// The two forms of an AVG export: JSON for taking the data elsewhere (art. 20) and a PDF a person
// can read (art. 15). The PDF uses the arrangement's flowing-text writer; labels come from the
// privacy messages in the reader's language, values are shown as they are stored.
import { PdfWriter } from "../arrangements/pdf-writer";
import { translatorFor } from "../i18n/translator";
import type { DataExport, ExportValue } from "./data-export";

export function exportJson(data: DataExport): string {
  return JSON.stringify(data, null, 2);
}

export async function exportPdf(data: DataExport, locale: string): Promise<Uint8Array> {
  const t = translatorFor(locale, "privacy");
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" });
  const show = (value: ExportValue): string => {
    if (value === null || value === "") return "-";
    if (value instanceof Date) return when.format(value);
    if (typeof value === "boolean") return value ? t("pdf.yes") : t("pdf.no");
    return String(value);
  };
  const title = t(data.kind === "PERSON" ? "pdf.titlePerson" : "pdf.titleChild", { name: data.subject.name });

  const w = await PdfWriter.create(title, data.generatedAt);
  w.text(title, { size: 18, bold: true, gapAfter: 4 });
  w.text(t("pdf.generatedAt", { date: when.format(data.generatedAt) }), { gapAfter: 10 });
  for (const [section, rows] of Object.entries(data.sections)) {
    w.ensureSpace(50);
    w.text(`${t(`section.${section}`)} (${rows.length})`, { size: 13, bold: true, gapAfter: 2 });
    if (rows.length === 0) w.text(t("pdf.none"), { indent: 12 });
    for (const row of rows) {
      for (const [field, value] of Object.entries(row))
        w.text(`${t(`field.${field}`)}: ${show(value)}`, { indent: 12 });
      w.gap(6);
    }
    w.gap(6);
  }
  return w.finish((page, count) => t("pdf.footer", { page, count, name: data.subject.name }));
}
