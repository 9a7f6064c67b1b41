import { useLocale, useTranslations } from "next-intl";
import { formatCents } from "@/lib/arrangements/money";
import type { CommittedAmounts } from "@/lib/arrangements/review-queue";

/** What the gemeente pays in established arrangements, per funding stream per calendar year. */
export function CommittedAmountsTable({ committed }: { committed: CommittedAmounts }) {
  const t = useTranslations("reviewQueue");
  const tStream = useTranslations("arrangementExport.stream");
  const locale = useLocale();
  if (committed.byStream.length === 0) return <p className="text-slate-700">{t("noCommitted")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("committedCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t("stream")}
            </th>
            {committed.years.map((year) => (
              <th key={year} scope="col" className="py-2 pr-4 text-right">
                {year}
              </th>
            ))}
            <th scope="col" className="py-2 text-right">
              {t("total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {committed.byStream.map((row) => (
            <tr key={row.fundingStream} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                {tStream(row.fundingStream)}
              </th>
              {row.perYear.map((part) => (
                <td key={part.year} className="whitespace-nowrap py-2 pr-4 text-right">
                  {formatCents(part.cents, locale)}
                </td>
              ))}
              <td className="whitespace-nowrap py-2 text-right font-medium">{formatCents(row.totalCents, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
