import { useLocale, useTranslations } from "next-intl";
import { formatCents } from "@/lib/arrangements/money";
import type { CommittedAmounts } from "@/lib/arrangements/review-queue";
import { Table, Td, Th, THead } from "../ui/table";

/** What the gemeente pays in established arrangements, per funding stream per calendar year. */
export function CommittedAmountsTable({ committed }: { committed: CommittedAmounts }) {
  const t = useTranslations("reviewQueue");
  const tStream = useTranslations("arrangementExport.stream");
  const locale = useLocale();
  if (committed.byStream.length === 0) return <p className="text-slate-700">{t("noCommitted")}</p>;
  return (
    <Table caption={t("committedCaption")}>
      <THead>
        <Th>{t("stream")}</Th>
        {committed.years.map((year) => (
          <Th key={year} numeric>
            {year}
          </Th>
        ))}
        <Th numeric>{t("total")}</Th>
      </THead>
      <tbody>
        {committed.byStream.map((row) => (
          <tr key={row.fundingStream}>
            <Th scope="row">{tStream(row.fundingStream)}</Th>
            {row.perYear.map((part) => (
              <Td key={part.year} numeric nowrap>
                {formatCents(part.cents, locale)}
              </Td>
            ))}
            <Td numeric nowrap strong>
              {formatCents(row.totalCents, locale)}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
