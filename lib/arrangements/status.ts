// The status of an arrangement version, derived (never stored) from whether it was submitted,
// who approved it, and today's date relative to its period.
import { addDays, daysBetween, type IsoDate } from "./dates";
import type { VersionStatus } from "./types";

/** An arrangement is due for evaluation from 8 weeks before the end of its period. */
export const EVALUATION_WINDOW_DAYS = 56;

export interface VersionStatusInput {
  submitted: boolean;
  requiredPartyKeys: readonly string[];
  approvedPartyKeys: readonly string[];
  /**
   * The version was established (state VASTGESTELD): it stays so whatever happens to the group
   * afterwards (a child added later asks a new version, not a reopened one).
   */
  established?: boolean;
  /** A reviewer asked for changes: the version stays under review until a new one is submitted. */
  changesRequested: boolean;
  periodStart: IsoDate;
  /** Last day of the period (inclusive). */
  periodEnd: IsoDate;
  today: IsoDate;
}

/** The first day on which the version is TE_EVALUEREN (when it is in force). */
export function evaluationDueFrom(periodEnd: IsoDate): IsoDate {
  return addDays(periodEnd, -EVALUATION_WINDOW_DAYS);
}

/** Every required party approved. No required parties means nobody has approved: never complete. */
export function allApproved(requiredPartyKeys: readonly string[], approvedPartyKeys: readonly string[]): boolean {
  const approved = new Set(approvedPartyKeys);
  return requiredPartyKeys.length > 0 && requiredPartyKeys.every((key) => approved.has(key));
}

/**
 * CONCEPT until submitted; TER_BEOORDELING while changes are requested or an approval is
 * missing; once all approved: VASTGESTELD before the period, ACTIEF during it, and
 * TE_EVALUEREN from 56 days before the end date onwards (also after the period). A period
 * shorter than 8 weeks is TE_EVALUEREN from its first day.
 */
export function versionStatus(input: VersionStatusInput): VersionStatus {
  if (!input.submitted) return "CONCEPT";
  const approved = input.established || allApproved(input.requiredPartyKeys, input.approvedPartyKeys);
  if (input.changesRequested || !approved) return "TER_BEOORDELING";
  if (input.today < input.periodStart) return "VASTGESTELD";
  if (daysBetween(input.today, input.periodEnd) <= EVALUATION_WINDOW_DAYS) return "TE_EVALUEREN";
  return "ACTIEF";
}
