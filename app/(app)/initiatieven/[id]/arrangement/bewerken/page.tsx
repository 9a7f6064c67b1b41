import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConceptEditor, type ConceptDraft } from "@/components/arrangements/concept-editor";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { cardClass } from "@/components/ui/styles";
import { formatCents } from "@/lib/arrangements/money";
import { loadArrangementEditor } from "@/lib/pages/arrangement";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { initiative } = await loadArrangementEditor(id);
  const t = await getTranslations("arrangements");
  return { title: `${t("editConcept")} · ${initiative.name}` };
}

export default async function ArrangementEditorPage({ params }: Props) {
  const { id } = await params;
  const { initiative, arrangement, participating, mode } = await loadArrangementEditor(id);
  const t = await getTranslations("arrangements");
  const latest = arrangement?.latest ?? null;
  // Amounts are edited as Dutch euro text whatever the UI language: that is what the server parses.
  const draft: ConceptDraft = latest
    ? {
        scenario: latest.scenario,
        periodStart: latest.periodStart,
        periodEnd: latest.periodEnd,
        groupSize: String(latest.groupSize),
        lines: latest.lines.map((l) => ({
          lineKey: l.lineKey,
          component: l.component,
          description: l.description,
          fundingStream: l.fundingStream,
          payerOrganisationId: l.payerOrganisationId,
          providerOrganisationId: l.providerOrganisationId,
          hoursPerWeek: l.hoursPerWeek === null ? "" : String(l.hoursPerWeek).replace(".", ","),
          amount: l.amountCentsPerYear === null ? "" : formatCents(l.amountCentsPerYear, "nl"),
          rationale: l.rationale,
        })),
      }
    : { scenario: initiative.scenario ?? "", periodStart: "", periodEnd: "", groupSize: "", lines: [] };
  return (
    <>
      <PageHeader
        title={mode === "create" ? t("editor.titleCreate") : t("editor.titleEdit", { number: latest?.number ?? 1 })}
        intro={initiative.name}
      />
      <div className={cardClass}>
        {mode === "locked" ? (
          <Notice>{t("editor.locked")}</Notice>
        ) : (
          <ConceptEditor
            initiativeId={initiative.id}
            versionId={latest?.id ?? null}
            lockVersion={latest?.lockVersion ?? 1}
            draft={draft}
            organisations={participating}
          />
        )}
      </div>
    </>
  );
}
