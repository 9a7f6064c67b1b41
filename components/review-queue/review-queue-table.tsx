import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReviewQueueItem } from "@/lib/arrangements/review-queue";
import { linkClass } from "../ui/styles";
import { Table, Td, Th, THead } from "../ui/table";

/** Versions waiting for this gemeente, oldest first; overdue ones say so in words, not only colour. */
export function ReviewQueueTable({ items }: { items: ReviewQueueItem[] }) {
  const t = useTranslations("reviewQueue");
  const format = useFormatter();
  return (
    <Table caption={t("queueCaption")}>
      <THead>
        <Th>{t("initiative")}</Th>
        <Th>{t("version")}</Th>
        <Th>{t("submittedAt")}</Th>
        <Th>{t("waiting")}</Th>
      </THead>
      <tbody>
        {items.map((item) => (
          <tr key={item.versionId}>
            <Td anywhere>
              <Link href={`/initiatieven/${item.initiative.id}/arrangement`} className={linkClass}>
                {item.initiative.name}
              </Link>
            </Td>
            <Td>{t("versionNumber", { number: item.versionNumber })}</Td>
            <Td>{format.dateTime(item.submittedAt, { dateStyle: "medium", timeZone: "Europe/Amsterdam" })}</Td>
            <Td>
              {t("workingDays", { count: item.workingDaysWaiting })}
              {item.overdue && <strong className="mt-1 block text-red-800">{t("overdue")}</strong>}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
