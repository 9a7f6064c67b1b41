// Decisions that change the plan: choosing the scenario and how care is organised. The preview
// shows which steps a decision adds or removes; applying records who, when and why.
import type { Db, Tx } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import { loadEditableInitiative, type EditableInitiative } from "../initiatives/editable";
import type { Actor } from "../policy/actor";
import { ConflictError } from "../policy/errors";
import { planChange, type PlanDecisions } from "./plan";
import type { z } from "zod";
import type { TDecide, ZDecision } from "./schemas";
import { syncSteps } from "./sync-steps";
import { templateVersion } from "./templates";

type DecisionInput = z.output<typeof ZDecision>;

function decisionsAfter(initiative: EditableInitiative, input: DecisionInput): PlanDecisions {
  if (input.kind === "SCENARIO") return { scenario: input.value, careOption: initiative.careOption };
  return { scenario: initiative.scenario, careOption: input.value };
}

function describeChange(initiative: EditableInitiative, input: DecisionInput) {
  const template = templateVersion(initiative.templateVersion);
  const change = planChange(
    template,
    { scenario: initiative.scenario, careOption: initiative.careOption },
    decisionsAfter(initiative, input),
  );
  const summarize = (steps: typeof change.added) => steps.map((s) => ({ key: s.key, title: s.title, phase: s.phase }));
  return { added: summarize(change.added), removed: summarize(change.removed), template };
}

export async function previewDecision(db: Tx, actor: Actor, input: DecisionInput & { initiativeId: string }) {
  const initiative = await loadEditableInitiative(db, actor, input.initiativeId);
  const { added, removed } = describeChange(initiative, input);
  const current = input.kind === "SCENARIO" ? initiative.scenario : initiative.careOption;
  return { added, removed, current, version: initiative.version };
}

export async function decide(db: Db, actor: Actor, input: TDecide) {
  return db.$transaction(async (tx) => {
    const initiative = await loadEditableInitiative(tx, actor, input.initiativeId);
    if (initiative.version !== input.version)
      throw new ConflictError({
        version: initiative.version,
        scenario: initiative.scenario,
        careOption: initiative.careOption,
      });
    const previous = input.kind === "SCENARIO" ? initiative.scenario : initiative.careOption;
    const { added, removed, template } = describeChange(initiative, input);
    const after = decisionsAfter(initiative, input);
    const { count } = await tx.initiative.updateMany({
      where: { id: initiative.id, version: input.version },
      data: { scenario: after.scenario, careOption: after.careOption, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError();
    await tx.initiativeDecision.create({
      data: {
        initiativeId: initiative.id,
        kind: input.kind,
        value: input.value,
        previousValue: previous,
        reason: input.reason,
        decidedById: actor.userId,
      },
    });
    await syncSteps(tx, initiative.id, template, after);
    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "initiative.decided",
      entityType: "Initiative",
      entityId: initiative.id,
      summary: {
        kind: input.kind,
        from: previous,
        to: input.value,
        reasonGiven: Boolean(input.reason), // the reason itself is kept on the decision, not in the audit
        stepsAdded: added.map((s) => s.key),
        stepsRemoved: removed.map((s) => s.key),
      },
    });
    return { added, removed };
  });
}
