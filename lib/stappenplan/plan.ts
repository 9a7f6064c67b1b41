// Pure rules of the stappenplan: which template steps apply given the decisions taken, what
// a changed decision adds or removes, and whether a phase's gate is open.
import { PHASES, type Phase } from "../initiatives/phases";
import type { CareOption, Scenario, StappenplanTemplate, TemplateStep } from "./template-types";

export interface PlanDecisions {
  scenario: Scenario | null;
  careOption: CareOption | null;
}

export function stepApplies(step: TemplateStep, decisions: PlanDecisions): boolean {
  const when = step.when;
  if (!when) return true;
  if (when.scenario && (!decisions.scenario || !when.scenario.includes(decisions.scenario))) return false;
  if (when.careOption && (!decisions.careOption || !when.careOption.includes(decisions.careOption))) return false;
  return true;
}

export function applicableSteps(template: StappenplanTemplate, decisions: PlanDecisions): TemplateStep[] {
  return template.steps.filter((s) => stepApplies(s, decisions));
}

export interface PlanChange {
  added: TemplateStep[];
  removed: TemplateStep[];
}

/** What changing the decisions from `before` to `after` does to the plan. */
export function planChange(template: StappenplanTemplate, before: PlanDecisions, after: PlanDecisions): PlanChange {
  const was = new Set(applicableSteps(template, before).map((s) => s.key));
  const will = new Set(applicableSteps(template, after).map((s) => s.key));
  return {
    added: template.steps.filter((s) => will.has(s.key) && !was.has(s.key)),
    removed: template.steps.filter((s) => was.has(s.key) && !will.has(s.key)),
  };
}

export interface GateStep {
  key: string;
  phase: Phase;
  required: boolean;
  status: "NIET_GESTART" | "BEZIG" | "AFGEROND" | "NIET_VAN_TOEPASSING";
  removedAt: Date | null;
}

export function nextPhase(phase: Phase): Phase | null {
  return PHASES[PHASES.indexOf(phase) + 1] ?? null;
}

/** The gate out of `phase` is open when every active required step of it is done or not applicable. */
export function phaseGate<T extends GateStep>(steps: T[], phase: Phase): { open: boolean; blocking: T[] } {
  const blocking = steps.filter(
    (s) =>
      s.phase === phase && s.required && !s.removedAt && s.status !== "AFGEROND" && s.status !== "NIET_VAN_TOEPASSING",
  );
  return { open: blocking.length === 0, blocking };
}
