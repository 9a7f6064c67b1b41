import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccessFiltersForm, accessPageHref } from "@/components/access-log/access-filters";
import { OrganisationAccessTable } from "@/components/access-log/organisation-access-table";
import { PrivacyOfficerForm } from "@/components/access-log/privacy-officer-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { buttonSecondary, cardClass } from "@/components/ui/styles";
import { loadOrganisationAccessLogPage } from "@/lib/pages/organisation-access-log";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessLog"))("orgTitle") };
}

/** What the organisation's people did with personal data on its behalf: beheerders and the privacy officer. */
export default async function OrganisationAccessPage({ searchParams }: Props) {
  const { filters, log, canManage, members } = await loadOrganisationAccessLogPage(await searchParams);
  const t = await getTranslations("accessLog");
  const base = "/organisatie/toegang";
  const csvHref = accessPageHref("/api/organisatie/toegangslog", { ...filters, page: 1 }, 1);
  const filtered = Boolean(filters.person || filters.action);
  return (
    <>
      <PageHeader title={t("orgTitle")} intro={t("orgIntro", { organisation: log.organisation.name })}>
        {log.privacyOfficer && (
          <a href={csvHref} className={buttonSecondary} download>
            {t("csvLink")}
          </a>
        )}
      </PageHeader>
      <div className="space-y-6">
        {log.privacyOfficer ? (
          <p className="max-w-2xl text-slate-700">
            {t("youArePrivacyOfficer", { organisation: log.organisation.name })}
          </p>
        ) : (
          <p className="max-w-2xl text-slate-700">{t("csvOnlyPrivacyOfficer")}</p>
        )}
        {canManage && (
          <section aria-labelledby="privacy-officer" className={cardClass}>
            <h2 id="privacy-officer" className="text-lg font-semibold">
              {t("privacyOfficerTitle")}
            </h2>
            <p className="mb-4 mt-1 max-w-2xl text-slate-700">{t("privacyOfficerIntro")}</p>
            <PrivacyOfficerForm members={members} />
          </section>
        )}
        <section className={cardClass}>
          <AccessFiltersForm action={base} filters={filters} people={log.people} />
        </section>
        <section aria-labelledby="access-entries" className={cardClass}>
          <h2 id="access-entries" className="mb-1 text-lg font-semibold">
            {t("entries")}
          </h2>
          <p className="mb-4 text-sm text-slate-700">{t("total", { total: log.total })}</p>
          {log.entries.length === 0 ? (
            <EmptyState title={filtered ? t("emptyFiltered") : t("empty")} />
          ) : (
            <OrganisationAccessTable entries={log.entries} initiativeNames={log.initiativeNames} />
          )}
          <Pagination page={log.page} pageCount={log.pageCount} hrefFor={(p) => accessPageHref(base, filters, p)} />
        </section>
      </div>
    </>
  );
}
