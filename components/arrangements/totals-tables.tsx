import { useTranslations } from "next-intl";
import { Table, Td, Th, THead } from "@/components/ui/table";
import type { ArrangementTotals, Bucket } from "@/lib/arrangements/totals";
import { Money } from "./money";

function BucketTable(props: {
  caption: string;
  years: number[];
  rows: { key: string; label: string; bucket: Bucket; strong?: boolean }[];
}) {
  const t = useTranslations("arrangements");
  return (
    <Table caption={props.caption} showCaption>
      <THead>
        <Th>{t("col.what")}</Th>
        {props.years.map((y) => (
          <Th key={y} numeric>
            {y}
          </Th>
        ))}
        <Th numeric>{t("col.total")}</Th>
      </THead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key} className={row.strong ? "font-semibold" : undefined}>
            <Th scope="row" strong={row.strong} anywhere>
              {row.label}
            </Th>
            {row.bucket.perYear.map((p) => (
              <Td key={p.year} numeric>
                <Money cents={p.cents} />
              </Td>
            ))}
            <Td numeric>
              <Money cents={row.bucket.totalCents} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
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
