// The gemeente's review queue: arrangement versions under review in which it pays a line and
// has not approved yet, oldest submission first; plus what it has committed to in established
// arrangements, per funding stream per calendar year. Two queries whatever the number of rows.
import type { Tx } from "../db/create-client";
import { amsterdamToday } from "../meetings/amsterdam-time";
import type { Actor } from "../policy/actor";
import { NotFoundError } from "../policy/errors";
import { visibleInitiativesWhere } from "../policy/initiative-access";
import type { IsoDate } from "./dates";
export type { CommittedAmounts };
import { organisationPartyKey } from "./parties";
import { committedAmounts, type CommittedAmounts } from "./committed";
import { REVIEW_LIMIT_WORKING_DAYS, workingDaysBetween } from "./working-days";

export interface ReviewQueueItem {
  versionId: string;
  versionNumber: number;
  initiative: { id: string; name: string };
  submittedAt: Date;
  workingDaysWaiting: number;
  /** More than REVIEW_LIMIT_WORKING_DAYS working days since submission. */
  overdue: boolean;
}


export async function gemeenteReviewQueue(db: Tx, actor: Actor, today: IsoDate): Promise<{ items: ReviewQueueItem[]; committed: CommittedAmounts }> {
  const ws = actor.workspace;
  if (ws.kind !== "ORGANISATION" || ws.organisationKind !== "GEMEENTE") throw new NotFoundError("reviewQueue");
  const gemeenteId = ws.organisationId;
  const visible = { supersededAt: null, initiative: visibleInitiativesWhere(actor) };
  const [pending, established] = await Promise.all([
    db.arrangementVersion.findMany({
      where: {
        state: "TER_BEOORDELING",
        lines: { some: { payerOrganisationId: gemeenteId } },
        approvals: { none: { partyKey: organisationPartyKey(gemeenteId) } },
        arrangement: visible,
      },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: { id: true, number: true, submittedAt: true, createdAt: true, arrangement: { select: { initiative: { select: { id: true, name: true } } } } },
    }),
    // Every established version of the arrangements in force, newest first per arrangement;
    // only the first of each arrangement counts (a later establishment replaces the earlier).
    // "Has a line paid by this gemeente" first: the index on payer keeps this to the
    // gemeente's own versions instead of every established version in the country.
    db.arrangementVersion.findMany({
      where: { state: "VASTGESTELD", lines: { some: { payerOrganisationId: gemeenteId } }, arrangement: visible },
      orderBy: [{ arrangementId: "asc" }, { number: "desc" }],
      select: {
        arrangementId: true,
        scenario: true,
        periodStart: true,
        periodEnd: true,
        groupSize: true,
        lines: { where: { payerOrganisationId: gemeenteId }, orderBy: { position: "asc" } },
      },
    }),
  ]);

  const items = pending.map((v): ReviewQueueItem => {
    const submittedAt = v.submittedAt ?? v.createdAt;
    const workingDaysWaiting = workingDaysBetween(amsterdamToday(submittedAt), today);
    return {
      versionId: v.id,
      versionNumber: v.number,
      initiative: v.arrangement.initiative,
      submittedAt,
      workingDaysWaiting,
      overdue: workingDaysWaiting > REVIEW_LIMIT_WORKING_DAYS,
    };
  });

  return { items, committed: committedAmounts(established) };
}
