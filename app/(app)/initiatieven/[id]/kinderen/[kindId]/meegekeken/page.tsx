import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccessFiltersForm, accessPageHref } from "@/components/access-log/access-filters";
import { AccessSentence } from "@/components/access-log/access-sentence";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { cardClass } from "@/components/ui/styles";
import { loadChildAccessLogPage } from "@/lib/pages/child-access-log";

type Props = {
  params: Promise<{ id: string; kindId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { id, kindId } = await params;
  const { log } = await loadChildAccessLogPage(id, kindId, await searchParams);
  return { title: (await getTranslations("accessLog"))("titleFor", { child: log.child.displayName }) };
}

/** "Wie heeft meegekeken": for the child's guardians, who viewed or exported its details. */
export default async function ChildAccessLogPage({ params, searchParams }: Props) {
  const { id, kindId } = await params;
  const { filters, log } = await loadChildAccessLogPage(id, kindId, await searchParams);
  const t = await getTranslations("accessLog");
  const base = `/initiatieven/${id}/kinderen/${kindId}/meegekeken`;
  const filtered = Boolean(filters.organisation || filters.action);
  return (
    <>
      <PageHeader
        level={2}
        title={t("titleFor", { child: log.child.displayName })}
        intro={t("intro", { child: log.child.displayName })}
      />
      <div className="space-y-6">
        <section className={cardClass}>
          <AccessFiltersForm
            action={base}
            filters={filters}
            organisations={log.organisations}
            actions={["VIEW", "CHANGE", "EXPORT", "DOWNLOAD", "PRINT"]}
          />
        </section>
        <section aria-labelledby="access-entries" className={cardClass}>
          <h2 id="access-entries" className="mb-1 text-lg font-semibold">
            {t("entries")}
          </h2>
          <p className="mb-4 text-sm text-slate-700">{t("total", { total: log.total })}</p>
          {log.entries.length === 0 ? (
            <EmptyState title={filtered ? t("emptyFiltered") : t("empty")} />
          ) : (
            <ol className="divide-y divide-slate-200">
              {log.entries.map((entry) => (
                <li key={entry.id} className="py-3">
                  <AccessSentence entry={entry} />
                </li>
              ))}
            </ol>
          )}
          <Pagination
            page={log.page}
            pageCount={log.pageCount}
            hrefFor={(page) => accessPageHref(base, filters, page)}
          />
        </section>
      </div>
    </>
  );
}
