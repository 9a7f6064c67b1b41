// After approval, a change makes a new version. Only the parties whose lines changed must
// approve again; the others' approvals carry over (keeping the version they were given on,
// see Approval.versionSeen). The parents consent to the whole, so theirs (given per child)
// carries over only when no line changed at all.
import { childrenWaiting, linesOfParty, PARENTS_PARTY_KEY, requiredParties, type PartyApproval } from "./parties";
import { LINE_CONTENT_FIELDS, type ArrangementLine, type ArrangementVersionMeta, type LineContentField } from "./types";

/**
 * A field's value as compared between versions: texts trimmed with whitespace runs
 * collapsed (re-spacing is no change), hours as whole hundredths (so 1.1 and 1.10000000001
 * from arithmetic compare equal), everything else as is.
 */
export function normalizedFieldValue(
  field: LineContentField,
  value: ArrangementLine[LineContentField],
): string | number | null {
  if (value === null) return null;
  if (field === "hoursPerWeek") return Math.round((value as number) * 100);
  if (typeof value === "string") return value.trim().replace(/\s+/g, " ");
  return value;
}

/**
 * A canonical text for the content of a line: the meaningful fields in a fixed order, so it
 * does not depend on the order of the object's keys. The lineKey is not part of it: a line
 * removed and added again with the same content is the same commitment.
 */
export function lineFingerprint(line: ArrangementLine): string {
  return JSON.stringify(LINE_CONTENT_FIELDS.map((field) => [field, normalizedFieldValue(field, line[field])]));
}

/** Same lines regardless of order; duplicates count (two equal lines are not one). */
function sameContent(a: readonly ArrangementLine[], b: readonly ArrangementLine[]): boolean {
  if (a.length !== b.length) return false;
  const x = a.map(lineFingerprint).sort();
  const y = b.map(lineFingerprint).sort();
  return x.every((fingerprint, i) => fingerprint === y[i]);
}

export function sameVersionMeta(a: ArrangementVersionMeta, b: ArrangementVersionMeta): boolean {
  return (
    a.scenario === b.scenario &&
    a.periodStart === b.periodStart &&
    a.periodEnd === b.periodEnd &&
    a.groupSize === b.groupSize
  );
}

export interface CarryOverResult<A> {
  /** Parties of the next version whose approval of the previous version still holds (in full). */
  carried: string[];
  /** Parties of the next version that must (again) approve, the parents also when only some children's approvals carry. */
  mustReapprove: string[];
  /** The carried approvals themselves, unchanged (they keep the version they were given on). */
  carriedApprovals: A[];
}

/**
 * Which approvals of the previous version carry over to the next. A party's approval carries
 * over when it approved the previous version and its lines (by content, in any order) are
 * the same in both. When `meta` is given and the period, group size or scenario changed,
 * nothing carries: every party's commitment is measured over the period.
 *
 * The parents approve per child: each child's approval carries on its own. With `childIds`
 * (the children of the group now) only approvals for those children carry, and the parents'
 * approval holds in full only when every one of them has one; without it, any parents'
 * approval counts (callers that do not know the group).
 */
export function approvalsToCarry<A extends PartyApproval>(
  previousLines: readonly ArrangementLine[],
  nextLines: readonly ArrangementLine[],
  previousApprovals: readonly A[],
  meta?: { previous: ArrangementVersionMeta; next: ArrangementVersionMeta },
  childIds?: readonly string[],
): CarryOverResult<A> {
  const metaUnchanged = !meta || sameVersionMeta(meta.previous, meta.next);
  const previousKeys = new Set(requiredParties(previousLines).map((p) => p.partyKey));
  const organisations = new Map(
    previousApprovals.filter((a) => a.partyKey !== PARENTS_PARTY_KEY).map((a) => [a.partyKey, a]),
  );
  const parents = previousApprovals.filter(
    (a) => a.partyKey === PARENTS_PARTY_KEY && (!childIds || childIds.includes(a.childId ?? "")),
  );
  const result: CarryOverResult<A> = { carried: [], mustReapprove: [], carriedApprovals: [] };

  for (const { partyKey } of requiredParties(nextLines)) {
    const organisation = organisations.get(partyKey);
    const approvals = partyKey === PARENTS_PARTY_KEY ? parents : organisation ? [organisation] : [];
    const linesUnchanged =
      metaUnchanged &&
      previousKeys.has(partyKey) &&
      sameContent(linesOfParty(partyKey, previousLines), linesOfParty(partyKey, nextLines));
    const complete =
      partyKey === PARENTS_PARTY_KEY && childIds
        ? childIds.length > 0 && childrenWaiting(approvals, childIds).length === 0
        : approvals.length > 0;
    if (linesUnchanged) result.carriedApprovals.push(...approvals);
    if (linesUnchanged && complete) result.carried.push(partyKey);
    else result.mustReapprove.push(partyKey);
  }
  return result;
}
