import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { MeetingListItem } from "@/lib/meetings/queries";
import { linkClass } from "../ui/styles";

function MeetingItems({ initiativeId, items }: { initiativeId: string; items: MeetingListItem[] }) {
  const t = useTranslations("meetings");
  const format = useFormatter();
  return (
    <ul className="divide-y divide-slate-200">
      {items.map((m) => (
        <li key={m.id} className="min-w-0 py-3">
          <Link
            href={`/initiatieven/${initiativeId}/overleggen/${m.id}`}
            className={`${linkClass} [overflow-wrap:anywhere]`}
          >
            {m.title}
          </Link>
          <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">
            {t(`kind.${m.kind}`)} ·{" "}
            {format.dateTimeRange(m.startsAt, m.endsAt, { dateStyle: "medium", timeStyle: "short" })}
            {m.location && <> · {m.location}</>}
          </p>
          <p className="text-sm text-slate-700">{t("listCounts", { invitees: m.invitees, openTasks: m.openTasks })}</p>
        </li>
      ))}
    </ul>
  );
}

/** Upcoming meetings first (soonest on top), then the ones that took place. */
export function MeetingList({
  initiativeId,
  upcoming,
  past,
}: {
  initiativeId: string;
  upcoming: MeetingListItem[];
  past: MeetingListItem[];
}) {
  const t = useTranslations("meetings");
  return (
    <div className="space-y-6">
      <section aria-labelledby="upcoming">
        <h3 id="upcoming" className="text-lg font-semibold">
          {t("upcoming")}
        </h3>
        {upcoming.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("noUpcoming")}</p>
        ) : (
          <MeetingItems initiativeId={initiativeId} items={upcoming} />
        )}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past">
          <h3 id="past" className="text-lg font-semibold">
            {t("past")}
          </h3>
          <MeetingItems initiativeId={initiativeId} items={past} />
        </section>
      )}
    </div>
  );
}
