// Reading an initiative's stappenplan. Callers pass a VisibleInitiative (getInitiativeForActor),
// so these reads need no second visibility check.
import "server-only";
import type { Tx } from "../db/create-client";
import type { Phase } from "../initiatives/phases";
import type { VisibleInitiative } from "../policy/authorised";
import { nextPhase, phaseGate } from "./plan";
import { templateStep, templateVersion } from "./templates";

export type AuthorizedInitiativeRef = VisibleInitiative<{ id: string; phase: Phase; templateVersion: number | null }>;

const stepSelect = {
  id: true,
  key: true,
  phase: true,
  position: true,
  required: true,
  status: true,
  notApplicableReason: true,
  dueDate: true,
  notes: true,
  removedAt: true,
  version: true,
  updatedAt: true,
  ownerOrganisation: { select: { id: true, name: true } },
  ownerUser: { select: { id: true, name: true } },
} as const;

export async function getPlan(db: Tx, initiative: AuthorizedInitiativeRef) {
  const template = templateVersion(initiative.templateVersion);
  const [steps, decisions, transitions] = await Promise.all([
    db.initiativeStep.findMany({
      where: { initiativeId: initiative.id, removedAt: null },
      select: stepSelect,
      orderBy: [{ position: "asc" }],
    }),
    db.initiativeDecision.findMany({
      where: { initiativeId: initiative.id },
      select: {
        id: true,
        kind: true,
        value: true,
        previousValue: true,
        reason: true,
        createdAt: true,
        decidedBy: { select: { name: true } },
      },
      orderBy: { createdAt: "desc" },
    }),
    db.phaseTransition.findMany({
      where: { initiativeId: initiative.id },
      select: {
        id: true,
        fromPhase: true,
        toPhase: true,
        override: true,
        reason: true,
        createdAt: true,
        byUser: { select: { name: true } },
      },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  const withTitles = steps.map((s) => ({ ...s, title: templateStep(template, s.key)?.title ?? s.key }));
  const gate = phaseGate(withTitles, initiative.phase);
  return {
    templateVersion: template.version,
    templateName: template.name,
    steps: withTitles,
    gate,
    next: nextPhase(initiative.phase),
    decisions,
    transitions,
  };
}

export type Plan = Awaited<ReturnType<typeof getPlan>>;

export async function getStep(db: Tx, initiative: AuthorizedInitiativeRef, stepId: string) {
  const step = await db.initiativeStep.findFirst({
    where: { id: stepId, initiativeId: initiative.id, removedAt: null },
    select: stepSelect,
  });
  if (!step) return null;
  const guidance = templateStep(templateVersion(initiative.templateVersion), step.key);
  return { ...step, title: guidance?.title ?? step.key, guidance: guidance ?? null };
}

export type StepDetail = NonNullable<Awaited<ReturnType<typeof getStep>>>;
