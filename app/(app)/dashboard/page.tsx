import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BarChartWithTable } from "@/components/dashboards/bar-chart";
import { CsvLink } from "@/components/dashboards/csv-link";
import { DashboardFiltersForm } from "@/components/dashboards/dashboard-filters";
import { DueStepsList } from "@/components/dashboards/due-steps-list";
import { PendingReviewsList } from "@/components/dashboards/pending-reviews-list";
import { RegionTable } from "@/components/dashboards/region-table";
import { StalledList } from "@/components/dashboards/stalled-list";
import { SupportList } from "@/components/dashboards/support-list";
import { InitiativeTable } from "@/components/initiatives/initiative-table";
import { CommittedAmountsTable } from "@/components/review-queue/committed-amounts-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { cardClass, linkClass } from "@/components/ui/styles";
import { formatCents } from "@/lib/arrangements/money";
import { dashboardQuery } from "@/lib/dashboards/filters";
import { dashboardKindForTitle, loadDashboardPage } from "@/lib/pages/dashboard";
import { DUE_SOON_DAYS } from "@/lib/dashboards/responsibilities";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))(`title.${await dashboardKindForTitle()}`) };
}

export default async function DashboardPage({ searchParams }: Props) {
  const data = await loadDashboardPage(await searchParams);
  const t = await getTranslations("dashboard");
  const tPhase = await getTranslations("phase");
  const locale = await getLocale();
  const { filters, list } = data;
  const section = (id: string, title: string, children: React.ReactNode, extra?: React.ReactNode) => (
    <section aria-labelledby={id} className={cardClass}>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {extra}
      </div>
      {children}
    </section>
  );
  const trend = data.figures.committed.years.map((year) => {
    const cents = data.figures.committed.byStream.reduce(
      (sum, s) => sum + (s.perYear.find((p) => p.year === year)?.cents ?? 0),
      0,
    );
    return { key: String(year), label: String(year), value: cents, display: formatCents(cents, locale) };
  });

  return (
    <>
      <PageHeader
        title={t(`title.${data.kind}`)}
        intro={t(`intro.${data.kind}`, { organisation: data.scope.organisationName })}
      />
      <div className="space-y-6">
        {section(
          "phases",
          t("phasesTitle"),
          <BarChartWithTable
            title={t("phasesCaption")}
            labelHeader={t("phase")}
            valueHeader={t("count")}
            rows={data.phases.map((p) => ({
              key: p.phase,
              label: tPhase(p.phase),
              value: p.count,
              display: String(p.count),
            }))}
          />,
        )}

        {data.kind === "STEUNPUNT" && (
          <>
            {section(
              "support",
              t("supportTitle"),
              <>
                <p className="mb-2 font-medium">{t("supportCount", { count: data.support.total })}</p>
                <SupportList support={data.support} />
              </>,
              data.support.total > 0 && <CsvLink list="steunvragen" listLabel={t("supportTitle")} filters={{}} />,
            )}
            {section(
              "regions",
              t("regionsTitle"),
              <>
                <p className="mb-3 text-slate-700">{t("regionsIntro")}</p>
                <RegionTable regions={data.regions} />
              </>,
            )}
          </>
        )}

        {(data.kind === "SWV" || data.kind === "GEMEENTE") &&
          section(
            "reviews",
            t("reviewsTitle"),
            <>
              <p className="mb-2 font-medium">{t("reviewsCount", { count: data.reviews.total })}</p>
              <PendingReviewsList reviews={data.reviews} />
            </>,
            data.kind === "GEMEENTE" && (
              <Link href="/beoordelingen" className={linkClass}>
                {t("reviewsLink")}
              </Link>
            ),
          )}

        {data.kind === "SWV" &&
          section(
            "steps",
            t("stepsTitle"),
            <>
              <p className="text-slate-700">{t("stepsIntro", { days: DUE_SOON_DAYS })}</p>
              <p className="mb-2 mt-1 font-medium">
                {t("stepsCount", { due: data.steps.due, overdue: data.steps.overdue })}
              </p>
              <DueStepsList steps={data.steps} today={data.today} />
            </>,
          )}

        {section(
          "stalled",
          t("stalledTitle"),
          <>
            <p className="text-slate-700">{t("stalledIntro", { days: filters.stilDagen })}</p>
            <p className="mb-2 mt-1 font-medium">{t("stalledCount", { count: data.stalled.total })}</p>
            <StalledList stalled={data.stalled} days={filters.stilDagen} />
          </>,
          data.stalled.total > 0 && (
            <CsvLink list="stilstaand" listLabel={t("stalledTitle")} filters={{ stilDagen: filters.stilDagen }} />
          ),
        )}

        {data.kind === "GEMEENTE"
          ? section(
              "committed",
              t("committedTitle"),
              <>
                <p className="mb-3 text-slate-700">{t("committedIntro")}</p>
                {trend.length === 0 ? (
                  <p className="text-slate-700">{t("noAmounts")}</p>
                ) : (
                  <div className="space-y-6">
                    <BarChartWithTable
                      title={t("committedChart")}
                      labelHeader={t("year")}
                      valueHeader={t("amount")}
                      rows={trend}
                    />
                    <CommittedAmountsTable committed={data.figures.committed} />
                  </div>
                )}
              </>,
            )
          : section(
              "totals",
              t("totalsTitle"),
              <>
                <dl className="mb-4 grid gap-4 sm:grid-cols-2">
                  <div className="rounded-md bg-slate-50 p-3">
                    <dt className="text-sm text-slate-700">{t("placesToday")}</dt>
                    <dd className="text-2xl font-semibold tabular-nums">{data.figures.placesToday}</dd>
                  </div>
                  <div className="rounded-md bg-slate-50 p-3">
                    <dt className="text-sm text-slate-700">{t("arrangementsInForce")}</dt>
                    <dd className="text-2xl font-semibold tabular-nums">{data.figures.arrangementsInForce}</dd>
                  </div>
                </dl>
                <p className="mb-3 text-sm text-slate-700">
                  {t("placesNote")} {t("totalsIntro")}
                </p>
                {trend.length === 0 ? (
                  <p className="text-slate-700">{t("noAmounts")}</p>
                ) : (
                  <CommittedAmountsTable committed={data.figures.committed} />
                )}
              </>,
            )}

        {section(
          "list",
          t("listTitle"),
          <div className="space-y-4">
            <DashboardFiltersForm filters={filters} gemeenten={data.gemeenten} />
            <p className="font-medium" role="status">
              {t("listCount", { count: list.total })}
            </p>
            {list.items.length === 0 ? (
              <EmptyState title={t("listEmpty")} body={t("listEmptyHelp")} />
            ) : (
              <InitiativeTable items={list.items} caption={t("listTitle")} />
            )}
            <Pagination
              page={list.page}
              pageCount={list.pageCount}
              hrefFor={(page) => dashboardQuery({ ...filters, pagina: page })}
            />
          </div>,
          list.total > 0 && <CsvLink list="initiatieven" listLabel={t("listTitle")} filters={filters} />,
        )}
      </div>
    </>
  );
}
