import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CommittedAmountsTable } from "@/components/review-queue/committed-amounts-table";
import { ReviewQueueTable } from "@/components/review-queue/review-queue-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { cardClass } from "@/components/ui/styles";
import { loadReviewQueuePage } from "@/lib/pages/review-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reviewQueue"))("title") };
}

export default async function ReviewQueuePage() {
  const { items, committed } = await loadReviewQueuePage();
  const t = await getTranslations("reviewQueue");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="space-y-6">
        <section aria-labelledby="queue" className={cardClass}>
          <h2 id="queue" className="mb-3 text-lg font-semibold">
            {t("queueTitle", { count: items.length })}
          </h2>
          {items.length === 0 ? (
            <EmptyState title={t("empty")} body={t("emptyHelp")} />
          ) : (
            <ReviewQueueTable items={items} />
          )}
        </section>
        <section aria-labelledby="committed" className={cardClass}>
          <h2 id="committed" className="text-lg font-semibold">
            {t("committedTitle")}
          </h2>
          <p className="mb-3 mt-1 text-slate-700">{t("committedIntro")}</p>
          <CommittedAmountsTable committed={committed} />
        </section>
      </div>
    </>
  );
}
