import { useFormatter, useTranslations } from "next-intl";
import type { TimelineItem } from "@/lib/activity/queries";

/** The activity of an initiative as sentences, newest first, each with who and when. */
export function Timeline({ items }: { items: TimelineItem[] }) {
  const t = useTranslations("activity");
  const format = useFormatter();
  return (
    <ol className="divide-y divide-slate-200">
      {items.map((item) => {
        const actor = item.actorName
          ? item.organisationName
            ? t("actorWithOrganisation", { name: item.actorName, organisation: item.organisationName })
            : item.actorName
          : t("system");
        return (
          <li key={item.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-baseline sm:gap-4">
            <time dateTime={item.at.toISOString()} className="shrink-0 text-sm text-slate-700 sm:w-44">
              {format.dateTime(item.at, { dateStyle: "medium", timeStyle: "short" })}
            </time>
            <p className="min-w-0 [overflow-wrap:anywhere]">
              {t(`event.${item.message.key}`, { ...item.message.values, actor })}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
