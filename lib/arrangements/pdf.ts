// The established arrangement as a PDF to print and archive: parties, period, every line with
// its rationale, totals, the education/care split, approvals, and page numbers with the version.
import { translatorFor } from "../i18n/translator";
import type { ExportData } from "./export-data";
import { formatCents } from "./money";
import type { Bucket } from "./totals";
import { PdfWriter } from "./pdf-writer";

export async function arrangementPdf(data: ExportData, locale: string): Promise<Uint8Array> {
  const t = translatorFor(locale, "arrangementExport");
  const ta = translatorFor(locale, "arrangements");
  const money = (cents: number) => formatCents(cents, locale);
  const date = (d: Date | string) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: "long",
      timeZone: typeof d === "string" ? "UTC" : "Europe/Amsterdam",
    }).format(typeof d === "string" ? new Date(`${d}T00:00:00Z`) : d);
  const name = (id: string) => data.names.get(id) ?? id;
  const title = t("pdf.title", { number: data.versionNumber });

  const w = await PdfWriter.create(`${title} - ${data.initiative.name}`, data.establishedAt ?? new Date(0));
  w.text(title, { size: 18, bold: true, gapAfter: 4 });
  w.text(data.initiative.name, { size: 13, bold: true, gapAfter: 8 });
  const field = (label: string, value: string) => w.text(`${label}: ${value}`);
  field(t("pdf.period"), t("pdf.periodValue", { start: date(data.meta.periodStart), end: date(data.meta.periodEnd) }));
  field(t("pdf.scenario"), t(`scenario.${data.meta.scenario}`));
  field(t("pdf.groupSize"), String(data.meta.groupSize));
  if (data.establishedAt) field(t("pdf.establishedAt"), date(data.establishedAt));
  w.gap(8);

  w.text(t("pdf.parties"), { size: 13, bold: true, gapAfter: 2 });
  field(t("pdf.payers"), data.payers.map(name).join(", "));
  field(t("pdf.providers"), data.providers.map(name).join(", "));
  w.gap(8);

  w.text(t("pdf.lines"), { size: 13, bold: true, gapAfter: 2 });
  data.lines.forEach((line, i) => {
    w.ensureSpace(60);
    w.text(t("pdf.lineHeading", { number: i + 1, component: t(`component.${line.component}`) }), {
      bold: true,
      gapAfter: 1,
    });
    const row = (label: string, value: string) => w.text(`${label}: ${value}`, { indent: 12 });
    row(t("csv.description"), line.description);
    row(t("csv.stream"), t(`stream.${line.fundingStream}`));
    row(t("csv.payer"), name(line.payerOrganisationId));
    row(t("csv.provider"), name(line.providerOrganisationId));
    row(
      t("pdf.hoursPerWeek"),
      line.hoursPerWeek === null
        ? t("pdf.none")
        : line.hoursPerWeek.toLocaleString(locale, { maximumFractionDigits: 2 }),
    );
    row(t("pdf.amountPerYear"), line.amountCentsPerYear === null ? t("pdf.none") : money(line.amountCentsPerYear));
    row(t("csv.rationale"), line.rationale);
    w.gap(6);
  });

  w.ensureSpace(80);
  w.text(t("pdf.totals"), { size: 13, bold: true, gapAfter: 2 });
  const bucket = (label: string, b: Bucket) =>
    w.text(
      `${label}: ${b.perYear.map((p) => `${p.year} ${money(p.cents)}`).join("; ")}; ${t("pdf.total")} ${money(b.totalCents)}`,
      { indent: 12 },
    );
  for (const stream of data.totals.byStream) bucket(t(`stream.${stream.fundingStream}`), stream);
  bucket(t("pdf.education"), data.totals.education);
  bucket(t("pdf.care"), data.totals.care);
  bucket(t("pdf.overall"), data.totals.overall);
  if (data.totals.unpricedLineKeys.length > 0)
    w.text(t("pdf.unpriced", { count: data.totals.unpricedLineKeys.length }), { indent: 12 });
  w.gap(8);

  w.ensureSpace(60);
  w.text(t("pdf.approvals"), { size: 13, bold: true, gapAfter: 2 });
  if (data.approvals.length === 0) w.text(t("pdf.noApprovals"), { indent: 12 });
  for (const a of data.approvals) {
    const party = a.organisationId ? name(a.organisationId) : t("pdf.parents");
    const carried = a.carriedFromNumber === null ? "" : ` (${t("pdf.carried", { number: a.carriedFromNumber })})`;
    const mandate = a.onBehalfOf ? ` ${ta("onBehalfOf", { name: a.onBehalfOf })}` : "";
    w.text(t("pdf.approval", { name: a.approvedBy, party, date: date(a.date) }) + mandate + carried, { indent: 12 });
  }

  return w.finish((page, count) =>
    t("pdf.footer", { page, count, number: data.versionNumber, initiative: data.initiative.name }),
  );
}
