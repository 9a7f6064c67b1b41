import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChangeRequests } from "@/components/arrangements/change-requests";
import { DraftActions } from "@/components/arrangements/draft-actions";
import { LinesTable } from "@/components/arrangements/lines-table";
import { ReviewPanel } from "@/components/arrangements/review-panel";
import { ArrangementStatusBadge } from "@/components/arrangements/status-badge";
import { TotalsTables } from "@/components/arrangements/totals-tables";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buttonPrimary, cardClass, linkClass } from "@/components/ui/styles";
import { loadArrangementPage } from "@/lib/pages/arrangement";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { initiative } = await loadArrangementPage(id);
  const t = await getTranslations("arrangements");
  return { title: `${t("title")} · ${initiative.name}` };
}

export default async function ArrangementPage({ params }: Props) {
  const { id } = await params;
  const { initiative, arrangement, canDraft } = await loadArrangementPage(id);
  const t = await getTranslations("arrangements");
  const ts = await getTranslations("scenario");
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });

  if (!arrangement) {
    return (
      <>
        <PageHeader level={2} title={t("title")} intro={t("intro")} />
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        {canDraft && (
          <p className="mt-6">
            <Link href={`/initiatieven/${initiative.id}/arrangement/bewerken`} className={buttonPrimary}>
              {t("create")}
            </Link>
          </p>
        )}
      </>
    );
  }

  const { latest } = arrangement;
  return (
    <>
      <PageHeader level={2} title={t("title")} intro={t("version", { number: latest.number })}>
        <ArrangementStatusBadge status={arrangement.status} />
      </PageHeader>
      <div className="space-y-6">
        <section aria-labelledby="arrangement-meta" className={cardClass}>
          <h2 id="arrangement-meta" className="sr-only">
            {t("version", { number: latest.number })}
          </h2>
          <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[minmax(8rem,auto)_1fr]">
            <dt className="font-medium text-slate-700">{t("status")}</dt>
            <dd>{t(`state.${arrangement.status}`)}</dd>
            <dt className="font-medium text-slate-700">{t("period")}</dt>
            <dd>{t("periodValue", { start: day(latest.periodStart), end: day(latest.periodEnd) })}</dd>
            <dt className="font-medium text-slate-700">{t("groupSize")}</dt>
            <dd>{t("groupSizeValue", { count: latest.groupSize })}</dd>
            <dt className="font-medium text-slate-700">{t("scenario")}</dt>
            <dd className="[overflow-wrap:anywhere]">{ts(latest.scenario)}</dd>
          </dl>
          <p className="mt-4">
            <Link href={`/initiatieven/${initiative.id}/arrangement/versies`} className={linkClass}>
              {t("versionsLink")}
            </Link>
          </p>
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
            <a href={`/api/initiatieven/${initiative.id}/arrangement/${latest.id}/csv`} className={linkClass}>
              {t("exportCsv")}
            </a>
            {latest.state === "VASTGESTELD" && (
              <a href={`/api/initiatieven/${initiative.id}/arrangement/${latest.id}/pdf`} className={linkClass}>
                {t("exportPdf")}
              </a>
            )}
          </p>
          {canDraft && (
            <div className="mt-4 border-t border-slate-200 pt-4">
              <DraftActions
                initiativeId={initiative.id}
                arrangementId={arrangement.id}
                versionId={latest.id}
                lockVersion={latest.lockVersion}
                isConcept={latest.state === "CONCEPT"}
              />
            </div>
          )}
        </section>
        <section aria-labelledby="arrangement-lines" className={cardClass}>
          <h2 id="arrangement-lines" className="mb-3 text-lg font-semibold">
            {t("linesTitle")}
          </h2>
          <LinesTable
            initiativeId={initiative.id}
            versionId={latest.id}
            lines={latest.lines}
            requestable={arrangement.actorLineKeys}
          />
        </section>
        <section aria-labelledby="arrangement-totals" className={cardClass}>
          <h2 id="arrangement-totals" className="text-lg font-semibold">
            {t("totalsTitle")}
          </h2>
          <p className="mb-4 text-slate-700">{t("totalsIntro")}</p>
          <TotalsTables totals={arrangement.totals} organisationNames={arrangement.organisationNames} />
        </section>
        {latest.state !== "CONCEPT" && (
          <div className="grid gap-6 lg:grid-cols-2">
            <section aria-labelledby="arrangement-review" className={cardClass}>
              <h2 id="arrangement-review" className="mb-3 text-lg font-semibold">
                {t("reviewTitle")}
              </h2>
              <ReviewPanel initiativeId={initiative.id} arrangement={arrangement} />
            </section>
            <section aria-labelledby="arrangement-changes" className={cardClass}>
              <h2 id="arrangement-changes" className="mb-3 text-lg font-semibold">
                {t("changeRequestsTitle")}
              </h2>
              <ChangeRequests arrangement={arrangement} />
            </section>
          </div>
        )}
      </div>
    </>
  );
}
