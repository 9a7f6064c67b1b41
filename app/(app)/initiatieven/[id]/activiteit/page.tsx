import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Timeline } from "@/components/activity/timeline";
import { EmptyState } from "@/components/ui/empty-state";
import { cardClass, linkClass } from "@/components/ui/styles";
import { loadActivityPage } from "@/lib/pages/activity";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ voor?: string | string[] }> };

const cursorOf = (value: string | string[] | undefined) => (typeof value === "string" ? value : null);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { initiative } = await loadActivityPage((await params).id, cursorOf((await searchParams).voor));
  const t = await getTranslations("activity");
  return { title: `${t("title")} · ${initiative.name}` };
}

export default async function ActivityPage({ params, searchParams }: Props) {
  const before = cursorOf((await searchParams).voor);
  const { initiative, timeline } = await loadActivityPage((await params).id, before);
  const t = await getTranslations("activity");
  const base = `/initiatieven/${initiative.id}/activiteit`;
  return (
    <>
      <p className="mb-6 max-w-2xl text-slate-700">{t("intro")}</p>
      <section aria-labelledby="activity-title" className={cardClass}>
        <h2 id="activity-title" className="mb-2 text-lg font-semibold">
          {before ? t("olderTitle") : t("title")}
        </h2>
        {timeline.items.length === 0 ? (
          <EmptyState title={before ? t("noOlder") : t("empty")} body={before ? undefined : t("emptyHelp")} />
        ) : (
          <Timeline items={timeline.items} />
        )}
        {(before || timeline.nextCursor) && (
          <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap justify-between gap-4">
            {before ? (
              <Link href={base} className={linkClass}>
                {t("newest")}
              </Link>
            ) : (
              <span />
            )}
            {timeline.nextCursor && (
              <Link href={`${base}?voor=${encodeURIComponent(timeline.nextCursor)}`} className={linkClass}>
                {t("older")}
              </Link>
            )}
          </nav>
        )}
      </section>
    </>
  );
}
