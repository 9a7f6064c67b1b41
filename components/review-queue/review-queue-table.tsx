import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReviewQueueItem } from "@/lib/arrangements/review-queue";
import { linkClass } from "../ui/styles";

/** Versions waiting for this gemeente, oldest first; overdue ones say so in words, not only colour. */
export function ReviewQueueTable({ items }: { items: ReviewQueueItem[] }) {
  const t = useTranslations("reviewQueue");
  const format = useFormatter();
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-0 text-left text-sm">
        <caption className="sr-only">{t("queueCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t("initiative")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("version")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("submittedAt")}
            </th>
            <th scope="col" className="py-2">
              {t("waiting")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.versionId} className="border-b border-slate-200 align-top">
              <td className="min-w-0 py-2 pr-4 [overflow-wrap:anywhere]">
                <Link href={`/initiatieven/${item.initiative.id}/arrangement`} className={linkClass}>
                  {item.initiative.name}
                </Link>
              </td>
              <td className="py-2 pr-4">{t("versionNumber", { number: item.versionNumber })}</td>
              <td className="py-2 pr-4">
                {format.dateTime(item.submittedAt, { dateStyle: "medium", timeZone: "Europe/Amsterdam" })}
              </td>
              <td className="py-2">
                {t("workingDays", { count: item.workingDaysWaiting })}
                {item.overdue && <strong className="mt-1 block text-red-800">{t("overdue")}</strong>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
