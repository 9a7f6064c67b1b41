import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionItemList } from "@/components/meetings/action-item-list";
import { AddActionItemForm } from "@/components/meetings/add-action-item-form";
import { MeetingRecordForm } from "@/components/meetings/meeting-record-form";
import { MeetingRecordView } from "@/components/meetings/meeting-record-view";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { cardClass, linkClass } from "@/components/ui/styles";
import { THEME_KEYS } from "@/lib/meetings/agenda-template";
import { loadMeetingPage } from "@/lib/pages/meetings";

type Props = { params: Promise<{ id: string; meetingId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, meetingId } = await params;
  const { meeting } = await loadMeetingPage(id, meetingId);
  return { title: meeting.title };
}

export default async function MeetingPage({ params }: Props) {
  const { id, meetingId } = await params;
  const { initiative, meeting, template, owners } = await loadMeetingPage(id, meetingId);
  const t = await getTranslations("meetings");
  const tTasks = await getTranslations("tasks");
  const format = await getFormatter();
  const recordValues = {
    ...(Object.fromEntries(THEME_KEYS.map((k) => [`agenda.${k}`, meeting.agenda[k]])) as Record<
      `agenda.${(typeof THEME_KEYS)[number]}`,
      string
    >),
    minutes: meeting.minutes,
    decisions: meeting.decisions,
  };
  return (
    <>
      <PageHeader title={meeting.title} intro={`${t(`kind.${meeting.kind}`)} · ${initiative.name}`}>
        <a href={`/api/initiatieven/${initiative.id}/overleggen/${meeting.id}/ics`} download className={linkClass}>
          {t("downloadIcs")}
        </a>
      </PageHeader>
      {!initiative.canEdit && (
        <div className="mb-6">
          <Notice tone="info">{t("readOnly")}</Notice>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="details" className={cardClass}>
          <h2 id="details" className="mb-3 text-lg font-semibold">
            {t("details")}
          </h2>
          <dl className="space-y-2">
            <dt className="font-medium text-slate-700">{t("when")}</dt>
            <dd>{format.dateTimeRange(meeting.startsAt, meeting.endsAt, { dateStyle: "full", timeStyle: "short" })}</dd>
            <dt className="font-medium text-slate-700">{t("location")}</dt>
            <dd className="[overflow-wrap:anywhere]">{meeting.location || t("noLocation")}</dd>
            <dt className="font-medium text-slate-700">{t("invitees")}</dt>
            <dd>
              <ul className="list-disc pl-5">
                {meeting.participants.map((p) => (
                  <li key={p.id} className="[overflow-wrap:anywhere]">
                    {p.name}
                  </li>
                ))}
              </ul>
            </dd>
            <dt className="font-medium text-slate-700">{t("plannedBy")}</dt>
            <dd>{meeting.createdBy.name}</dd>
          </dl>
          <h3 className="mt-4 font-semibold">{t("aboutKind")}</h3>
          <p className="mt-1">{template.purpose}</p>
          <p className="mt-1 text-slate-700">{template.who}</p>
          <p className="mt-2 text-sm text-slate-700">
            {t("source")}: {template.source}
          </p>
        </section>
        <section aria-labelledby="record" className={`${cardClass} lg:col-span-2`}>
          <h2 id="record" className="mb-3 text-lg font-semibold">
            {t("record")}
          </h2>
          {initiative.canEdit ? (
            <MeetingRecordForm
              meetingId={meeting.id}
              version={meeting.version}
              values={recordValues}
              template={template}
            />
          ) : (
            <MeetingRecordView agenda={meeting.agenda} minutes={meeting.minutes} decisions={meeting.decisions} />
          )}
        </section>
      </div>
      <section aria-labelledby="action-items" className={`${cardClass} mt-6`}>
        <h2 id="action-items" className="mb-3 text-lg font-semibold">
          {tTasks("actionItems")}
        </h2>
        <ActionItemList tasks={meeting.tasks} />
        {initiative.canEdit && (
          <div className="mt-6 border-t border-slate-200 pt-4">
            <h3 className="mb-3 font-semibold">{tTasks("addTitle")}</h3>
            <AddActionItemForm meetingId={meeting.id} owners={owners} />
          </div>
        )}
      </section>
    </>
  );
}
