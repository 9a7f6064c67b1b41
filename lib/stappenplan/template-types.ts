// The shape of a stappenplan template: data, versioned, never edited once an initiative uses
// it (a change is a new version). Steps can depend on decisions taken along the way.
import type { Phase } from "../initiatives/phases";

export const SCENARIOS = ["SCENARIO_1", "SCENARIO_2"] as const;
export type Scenario = (typeof SCENARIOS)[number];
export const CARE_OPTIONS = ["BESTAANDE_AANBIEDER", "NIEUW_DOOR_OUDERS", "NIEUW_DOOR_BESTUUR"] as const;
export type CareOption = (typeof CARE_OPTIONS)[number];

export type LeadRole = "OUDERS" | "SCHOOL" | "SCHOOLBESTUUR" | "SWV" | "GEMEENTE" | "ZORGAANBIEDER" | "ZORGKANTOOR";

/** When a step applies; absent = always. All given conditions must hold. */
export interface StepCondition {
  scenario?: Scenario[];
  careOption?: CareOption[];
}

export interface TemplateStep {
  /** Stable key, unique within the template (e.g. "kies-scenario"). */
  key: string;
  phase: Phase;
  title: string;
  /** One or two sentences: what this step is for. */
  summary: string;
  /** The concrete questions the team answers in this step. */
  questions: string[];
  /** Who usually leads, and why (Dutch, free text) plus the lead role for defaults. */
  lead: { role: LeadRole; note: string };
  /** Deliverables that mean "done". */
  deliverables: string[];
  /** Required steps must be afgerond (or niet van toepassing) before the phase gate opens. */
  required: boolean;
  when?: StepCondition;
  /** Where this guidance comes from (document and section), for reviewers. */
  source: string;
}

export interface StappenplanTemplate {
  version: number;
  name: string;
  steps: TemplateStep[];
}
