import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { InitiativeDetails } from "@/components/initiatives/initiative-details";
import { AddOrganisationForm, InviteParentForm } from "@/components/initiatives/participant-forms";
import { SupportRequestPanel } from "@/components/initiatives/support-request-panel";
import { ParticipantTable } from "@/components/initiatives/participant-table";
import { PhaseProgress } from "@/components/initiatives/phase-progress";
import { DecisionForm } from "@/components/stappenplan/decision-form";
import { NextSteps } from "@/components/stappenplan/next-steps";
import { PhaseGateForm } from "@/components/stappenplan/phase-gate-form";
import { PhaseHistory } from "@/components/stappenplan/phase-history";
import { PlanOverview } from "@/components/stappenplan/plan-overview";
import { WaitingOnWhom } from "@/components/stappenplan/waiting-on-whom";
import { Notice } from "@/components/ui/notice";
import { cardClass } from "@/components/ui/styles";
import { loadInitiativeOverview } from "@/lib/pages/initiative-overview";
import { CARE_OPTIONS, SCENARIOS } from "@/lib/stappenplan/template-types";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { initiative } = await loadInitiativeOverview((await params).id);
  return { title: initiative.name };
}

export default async function InitiativePage({ params }: Props) {
  const { initiative, plan, addable, panels } = await loadInitiativeOverview((await params).id);
  const t = await getTranslations("initiative");
  const tOverview = await getTranslations("overview");
  const tPlan = await getTranslations("plan");
  const tSupport = await getTranslations("support");
  const format = await getFormatter();
  const editable = initiative.canEdit;
  return (
    <>
      <div className="mb-6">
        <Notice tone="info">{editable ? t("canEdit") : t("readOnly")}</Notice>
      </div>
      <div className={`${cardClass} mb-6`}>
        <PhaseProgress phase={initiative.phase} />
      </div>
      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="next-steps" className={cardClass}>
          <h2 id="next-steps" className="text-lg font-semibold">
            {tOverview("nextStepsTitle")}
          </h2>
          <p className="mb-2 mt-1 text-sm text-slate-700">{tOverview("nextStepsIntro")}</p>
          <NextSteps initiativeId={initiative.id} items={panels.nextSteps} />
        </section>
        <section aria-labelledby="waiting" className={cardClass}>
          <h2 id="waiting" className="text-lg font-semibold">
            {tOverview("waitingTitle")}
          </h2>
          <p className="mb-3 mt-1 text-sm text-slate-700">{tOverview("waitingIntro")}</p>
          <WaitingOnWhom initiativeId={initiative.id} groups={panels.waiting} />
        </section>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="plan" className={`${cardClass} lg:col-span-2`}>
          <h2 id="plan" className="text-lg font-semibold">
            {tPlan("title")}
          </h2>
          <p className="mb-4 mt-1 text-sm text-slate-700">
            {tPlan("templateNote", { name: plan.templateName, version: plan.templateVersion })}
          </p>
          <PlanOverview initiativeId={initiative.id} plan={plan} currentPhase={initiative.phase} />
        </section>
        <div className="space-y-6">
          {plan.next && (
            <section aria-labelledby="gate" className={cardClass}>
              <h2 id="gate" className="mb-2 text-lg font-semibold">
                {tPlan("gateTitle")}
              </h2>
              {editable ? (
                <PhaseGateForm
                  initiativeId={initiative.id}
                  version={initiative.version}
                  next={plan.next}
                  open={plan.gate.open}
                  blocking={plan.gate.blocking.map((s) => s.title)}
                />
              ) : (
                <p>
                  {plan.gate.open
                    ? tPlan("gateOpenReadOnly")
                    : tPlan("gateClosed", { count: plan.gate.blocking.length })}
                </p>
              )}
            </section>
          )}
          <section aria-labelledby="decisions" className={cardClass}>
            <h2 id="decisions" className="mb-2 text-lg font-semibold">
              {tPlan("decisionsTitle")}
            </h2>
            {editable ? (
              <div className="space-y-6">
                <DecisionForm
                  initiativeId={initiative.id}
                  version={initiative.version}
                  kind="SCENARIO"
                  current={initiative.scenario}
                  options={SCENARIOS}
                />
                <DecisionForm
                  initiativeId={initiative.id}
                  version={initiative.version}
                  kind="CARE_OPTION"
                  current={initiative.careOption}
                  options={CARE_OPTIONS}
                />
              </div>
            ) : null}
            <ul className="mt-4 space-y-2 text-sm">
              {plan.decisions.length === 0 && <li>{tPlan("noDecisions")}</li>}
              {plan.decisions.map((d) => (
                <li key={d.id}>
                  <strong>{tPlan(`decisionKind.${d.kind}`)}</strong>: {tPlan(`decisionValue.${d.value}`)} —{" "}
                  {d.decidedBy.name}, {format.dateTime(d.createdAt, { dateStyle: "medium" })}
                  <br />
                  <span className="text-slate-700">{d.reason}</span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="history" className={cardClass}>
            <h2 id="history" className="mb-2 text-lg font-semibold">
              {tPlan("historyTitle")}
            </h2>
            <PhaseHistory transitions={plan.transitions} />
          </section>
        </div>
      </div>
      <section aria-labelledby="support" className={`${cardClass} mt-6`}>
        <h2 id="support" className="mb-2 text-lg font-semibold">
          {tSupport("title")}
        </h2>
        <SupportRequestPanel
          initiativeId={initiative.id}
          editable={editable}
          requestedAt={initiative.supportRequestedAt}
          request={initiative.supportRequest}
        />
      </section>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <InitiativeDetails initiative={initiative} />
        <section aria-labelledby="participants" className={cardClass}>
          <h2 id="participants" className="mb-2 text-lg font-semibold">
            {t("participants")}
          </h2>
          <ParticipantTable
            initiativeId={initiative.id}
            participants={initiative.participants}
            invited={initiative.invited}
            canRemove={initiative.canRemoveParticipants}
          />
          {editable && (
            <div className="mt-6 space-y-6 border-t border-slate-200 pt-4">
              <AddOrganisationForm initiativeId={initiative.id} options={addable} />
              <InviteParentForm initiativeId={initiative.id} />
            </div>
          )}
        </section>
      </div>
    </>
  );
}
