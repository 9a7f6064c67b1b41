import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MeetingList } from "@/components/meetings/meeting-list";
import { PlanMeetingForm } from "@/components/meetings/plan-meeting-form";
import { EmptyState } from "@/components/ui/empty-state";
import { cardClass } from "@/components/ui/styles";
import { loadMeetingsPage } from "@/lib/pages/meetings";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { initiative } = await loadMeetingsPage((await params).id);
  const t = await getTranslations("meetings");
  return { title: `${t("title")} · ${initiative.name}` };
}

export default async function MeetingsPage({ params }: Props) {
  const { initiative, meetings, invitees } = await loadMeetingsPage((await params).id);
  const t = await getTranslations("meetings");
  const empty = meetings.upcoming.length === 0 && meetings.past.length === 0;
  return (
    <>
      <p className="mb-6 max-w-2xl text-slate-700">{t("intro", { initiative: initiative.name })}</p>
      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="meetings" className={`${cardClass} lg:col-span-2`}>
          <h2 id="meetings" className="mb-2 text-xl font-semibold">
            {t("title")}
          </h2>
          {empty ? (
            <EmptyState title={t("empty")} body={initiative.canEdit ? t("emptyEditor") : t("emptyReader")} />
          ) : (
            <MeetingList initiativeId={initiative.id} upcoming={meetings.upcoming} past={meetings.past} />
          )}
        </section>
        {initiative.canEdit && (
          <section aria-labelledby="plan-meeting" className={cardClass}>
            <h2 id="plan-meeting" className="mb-3 text-lg font-semibold">
              {t("planTitle")}
            </h2>
            <PlanMeetingForm initiativeId={initiative.id} invitees={invitees} />
          </section>
        )}
      </div>
    </>
  );
}
