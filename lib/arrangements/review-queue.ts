// The gemeente's review queue: arrangement versions under review in which it pays a line and
// has not approved yet, oldest submission first; plus what it has committed to in established
// arrangements, per funding stream per calendar year. Two queries whatever the number of rows.
import type { Tx } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../policy/actor";
import { can } from "../policy/can";
import { NotFoundError } from "../policy/errors";
import { visibleInitiativesWhere } from "../policy/initiative-access";
import { amsterdamDate, amsterdamToday } from "../time/amsterdam";
import type { IsoDate } from "./dates";
export type { CommittedAmounts };
import { organisationPartyKey } from "./parties";
import { committedAmounts, establishedVersions, type CommittedAmounts } from "./committed";
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

/** Versions under review in which the organisation pays a line and has not approved yet. */
export function awaitingApprovalOf(organisationId: string): Prisma.ArrangementVersionWhereInput {
  return {
    state: "TER_BEOORDELING",
    lines: { some: { payerOrganisationId: organisationId } },
    approvals: { none: { partyKey: organisationPartyKey(organisationId) } },
  };
}

export async function gemeenteReviewQueue(
  db: Tx,
  actor: Actor,
  today: IsoDate = amsterdamToday(),
): Promise<{ items: ReviewQueueItem[]; committed: CommittedAmounts }> {
  const ws = actor.workspace;
  if (!can(actor, "reviewQueue.view") || ws.kind !== "ORGANISATION") throw new NotFoundError("reviewQueue");
  const gemeenteId = ws.organisationId;
  const [pending, established] = await Promise.all([
    db.arrangementVersion.findMany({
      where: {
        ...awaitingApprovalOf(gemeenteId),
        arrangement: { supersededAt: null, initiative: visibleInitiativesWhere(actor) },
      },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        number: true,
        submittedAt: true,
        createdAt: true,
        arrangement: { select: { initiative: { select: { id: true, name: true } } } },
      },
    }),
    establishedVersions(db, { initiative: visibleInitiativesWhere(actor) }, gemeenteId),
  ]);

  const items = pending.map((v): ReviewQueueItem => {
    const submittedAt = v.submittedAt ?? v.createdAt;
    const workingDaysWaiting = workingDaysBetween(amsterdamDate(submittedAt), today);
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
