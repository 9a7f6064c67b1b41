// The shape of the randvoorwaarden checklist: data, versioned like the stappenplan template.
// Keys are stable: a saved InitiativeCondition row points at a key, so a key is never renamed
// or reused for another meaning; a new version adds or retires items.
export const CONDITION_STATUSES = ["NIET_GESTART", "BEZIG", "GEREGELD", "NIET_VAN_TOEPASSING"] as const;
export type ConditionStatus = (typeof CONDITION_STATUSES)[number];

/** Statuses that close an item; both need evidence (or the reason it does not apply). */
export const STATUSES_NEEDING_EVIDENCE: readonly ConditionStatus[] = ["GEREGELD", "NIET_VAN_TOEPASSING"];

export interface ConditionItem {
  /** Stable key, unique within the checklist (e.g. "zorg-in-vakanties"). */
  key: string;
  title: string;
  /** One line: what this precondition asks of the school and its partners. */
  explanation: string;
  /** What counts as evidence: what a reviewer accepts as showing that it is arranged. */
  evidenceHint: string;
}

export interface ConditionChecklist {
  version: number;
  name: string;
  /** Where the items come from, for reviewers. */
  source: string;
  items: ConditionItem[];
}
