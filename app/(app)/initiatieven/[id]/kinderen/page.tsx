import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddChildForm } from "@/components/children/add-child-form";
import { ChildCountsPanel } from "@/components/children/child-counts";
import { ChildrenTable } from "@/components/children/children-table";
import { EmptyState } from "@/components/ui/empty-state";
import { cardClass } from "@/components/ui/styles";
import { loadChildrenPage } from "@/lib/pages/children";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { initiative } = await loadChildrenPage((await params).id);
  const t = await getTranslations("children");
  return { title: t("metaTitle", { initiative: initiative.name }) };
}

export default async function ChildrenPage({ params }: Props) {
  const { initiative, counts, children, canAdd } = await loadChildrenPage((await params).id);
  const t = await getTranslations("children");
  // Someone who sees no child's details (no guardian, no consent) is told why there are only numbers.
  const countsOnly = !canAdd && children.length === 0 && counts.children > 0;
  return (
    <>
      <p className="mb-6 max-w-2xl text-slate-700">{t("intro")}</p>
      <div className="grid gap-6">
        <ChildCountsPanel counts={counts} note={countsOnly ? t("countsOnly") : undefined} />
        <section aria-labelledby="children-list" className={cardClass}>
          <h2 id="children-list" className="mb-3 text-lg font-semibold">
            {t("listTitle")}
          </h2>
          {children.length === 0 ? (
            <EmptyState title={t("emptyTitle")} body={canAdd ? t("emptyParent") : t("emptyOther")} />
          ) : (
            <ChildrenTable initiativeId={initiative.id} initiativeName={initiative.name} items={children} />
          )}
        </section>
        {canAdd && (
          <section aria-labelledby="add-child" className={`${cardClass} max-w-2xl`}>
            <h2 id="add-child" className="mb-1 text-lg font-semibold">
              {t("addTitle")}
            </h2>
            <p className="mb-4 text-slate-700">{t("addIntro")}</p>
            <AddChildForm initiativeId={initiative.id} />
          </section>
        )}
      </div>
    </>
  );
}
