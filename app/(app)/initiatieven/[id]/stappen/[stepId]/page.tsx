import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CommentForm } from "@/components/comments/comment-form";
import { CommentList } from "@/components/comments/comment-list";
import { DeliverableList } from "@/components/deliverables/deliverable-list";
import { UploadDeliverableForm } from "@/components/deliverables/upload-form";
import { StepForm } from "@/components/stappenplan/step-form";
import { StepGuidance } from "@/components/stappenplan/step-guidance";
import { StepStatusBadge } from "@/components/stappenplan/step-status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { cardClass } from "@/components/ui/styles";
import { loadStepPage } from "@/lib/pages/step";
import { encodeOptionalParticipantKey } from "@/lib/participants/participant-key";

type Props = { params: Promise<{ id: string; stepId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, stepId } = await params;
  const { step } = await loadStepPage(id, stepId);
  return { title: step.title };
}

export default async function StepPage({ params }: Props) {
  const { id, stepId } = await params;
  const { initiative, step, owners, deliverables, comments, mentionable } = await loadStepPage(id, stepId);
  const t = await getTranslations("step");
  const td = await getTranslations("deliverables");
  const tc = await getTranslations("comments");
  const tp = await getTranslations("phase");
  const values = {
    status: step.status,
    notApplicableReason: step.notApplicableReason ?? "",
    owner: encodeOptionalParticipantKey({ organisationId: step.ownerOrganisation?.id, userId: step.ownerUser?.id }),
    dueDate: step.dueDate ? step.dueDate.toISOString().slice(0, 10) : "",
    notes: step.notes,
  };
  return (
    <>
      <PageHeader title={step.title} intro={`${tp(step.phase)} · ${initiative.name}`}>
        <StepStatusBadge status={step.status} />
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-2">
        {step.guidance && <StepGuidance guidance={step.guidance} />}
        <section aria-labelledby="edit-step" className={cardClass}>
          <h2 id="edit-step" className="mb-3 text-lg font-semibold">
            {initiative.canEdit ? t("edit") : t("state")}
          </h2>
          {initiative.canEdit ? (
            <StepForm
              initiativeId={initiative.id}
              stepId={step.id}
              version={step.version}
              values={values}
              owners={owners}
            />
          ) : (
            <dl className="grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-2">
              <dt className="font-medium text-slate-700">{t("owner")}</dt>
              <dd>{step.ownerOrganisation?.name ?? step.ownerUser?.name ?? t("noOwner")}</dd>
              <dt className="font-medium text-slate-700">{t("dueDate")}</dt>
              <dd>{values.dueDate || "—"}</dd>
              <dt className="font-medium text-slate-700">{t("notes")}</dt>
              <dd className="whitespace-pre-line">{step.notes || "—"}</dd>
            </dl>
          )}
        </section>
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="step-files" className={`${cardClass} space-y-4`}>
          <div>
            <h2 id="step-files" className="text-lg font-semibold">
              {td("title")}
            </h2>
            <p className="text-slate-700">{td("intro")}</p>
          </div>
          <DeliverableList initiativeId={initiative.id} items={deliverables} canEdit={initiative.canEdit} />
          {initiative.canEdit && (
            <div className="border-t border-slate-200 pt-4">
              <h3 className="mb-2 font-semibold">{td("uploadTitle")}</h3>
              <UploadDeliverableForm initiativeId={initiative.id} stepId={step.id} />
            </div>
          )}
        </section>
        <section aria-labelledby="step-comments" className={`${cardClass} space-y-4`}>
          <h2 id="step-comments" className="text-lg font-semibold">
            {tc("title")}
          </h2>
          <CommentList comments={comments} canEdit={initiative.canEdit} />
          {initiative.canEdit && (
            <div className="border-t border-slate-200 pt-4">
              <h3 className="mb-2 font-semibold">{tc("formTitle")}</h3>
              <CommentForm initiativeId={initiative.id} stepId={step.id} mentionable={mentionable} />
            </div>
          )}
        </section>
      </div>
    </>
  );
}
