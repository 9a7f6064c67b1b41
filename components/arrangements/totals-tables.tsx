import { useTranslations } from "next-intl";
import type { ArrangementTotals, Bucket } from "@/lib/arrangements/totals";
import { Money } from "./money";

function BucketTable(props: {
  caption: string;
  years: number[];
  rows: { key: string; label: string; bucket: Bucket; strong?: boolean }[];
}) {
  const t = useTranslations("arrangements");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{props.caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">
              {t("col.what")}
            </th>
            {props.years.map((y) => (
              <th key={y} scope="col" className="p-2 text-right">
                {y}
              </th>
            ))}
            <th scope="col" className="p-2 text-right">
              {t("col.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key} className={`border-b border-slate-200 ${row.strong ? "font-semibold" : ""}`}>
              <th scope="row" className="p-2 font-normal [overflow-wrap:anywhere]">
                {row.label}
              </th>
              {row.bucket.perYear.map((p) => (
                <td key={p.year} className="p-2 text-right">
                  <Money cents={p.cents} />
                </td>
              ))}
              <td className="p-2 text-right">
                <Money cents={row.bucket.totalCents} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TotalsTables({
  totals,
  organisationNames,
}: {
  totals: ArrangementTotals;
  organisationNames: Record<string, string>;
}) {
  const t = useTranslations("arrangements");
  const overall = { key: "overall", label: t("overall"), bucket: totals.overall, strong: true };
  const share =
    totals.overall.totalCents > 0 ? Math.round((totals.education.totalCents / totals.overall.totalCents) * 100) : 0;
  return (
    <div className="space-y-6">
      <BucketTable
        caption={t("byStream")}
        years={totals.years}
        rows={[
          ...totals.byStream.map((s) => ({ key: s.fundingStream, label: t(`stream.${s.fundingStream}`), bucket: s })),
          overall,
        ]}
      />
      <BucketTable
        caption={t("byPayer")}
        years={totals.years}
        rows={[
          ...totals.byPayer.map((p) => ({
            key: p.payerOrganisationId,
            label: organisationNames[p.payerOrganisationId] ?? p.payerOrganisationId,
            bucket: p,
          })),
          overall,
        ]}
      />
      <BucketTable
        caption={t("split")}
        years={totals.years}
        rows={[
          { key: "education", label: t("education"), bucket: totals.education },
          { key: "care", label: t("care"), bucket: totals.care },
          overall,
        ]}
      />
      {/* The bar only repeats the sentence above it, so it is hidden from screen readers. */}
      {totals.overall.totalCents > 0 && (
        <div className="space-y-1">
          <p className="text-sm">{t("splitBar", { education: `${share}%`, care: `${100 - share}%` })}</p>
          <div aria-hidden="true" className="flex h-3 overflow-hidden rounded border border-slate-300">
            <div className="bg-sky-600" style={{ width: `${share}%` }} />
            <div className="bg-amber-500" style={{ width: `${100 - share}%` }} />
          </div>
        </div>
      )}
      {totals.unpricedLineKeys.length > 0 && (
        <p className="text-sm text-slate-700">{t("unpriced", { count: totals.unpricedLineKeys.length })}</p>
      )}
    </div>
  );
}
