// What an overseeing organisation itself has to do: steps it owns that are due soon or overdue,
// and arrangement versions waiting for its approval. A page of each plus the totals.
import { addDays } from "../arrangements/dates";
import { awaitingApprovalOf } from "../arrangements/review-queue";
import type { Tx } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";
import { amsterdamToday } from "../time/amsterdam";
import { dateOnlyValue, type IsoDate } from "../time/date-only";

export const DUE_SOON_DAYS = 14;
const LIST_SIZE = 10;

/** The due-date cut-offs of "due soon" (up to 14 days ahead, inclusive) and "overdue" (before today). */
export function dueCutoffs(today: IsoDate = amsterdamToday()): { dueBy: Date; overdueBefore: Date } {
  return { dueBy: dateOnlyValue(addDays(today, DUE_SOON_DAYS)), overdueBefore: dateOnlyValue(today) };
}

export async function dueSteps(db: Tx, organisationId: string, today: IsoDate = amsterdamToday()) {
  const open: Prisma.InitiativeStepWhereInput = {
    ownerOrganisationId: organisationId,
    removedAt: null,
    status: { in: ["NIET_GESTART", "BEZIG"] },
  };
  const { dueBy, overdueBefore } = dueCutoffs(today);
  const [items, due, overdue] = await Promise.all([
    db.initiativeStep.findMany({
      where: { ...open, dueDate: { lte: dueBy } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: LIST_SIZE,
      select: {
        id: true,
        key: true,
        dueDate: true,
        status: true,
        initiative: { select: { id: true, name: true, templateVersion: true } },
      },
    }),
    db.initiativeStep.count({ where: { ...open, dueDate: { lte: dueBy } } }),
    db.initiativeStep.count({ where: { ...open, dueDate: { lt: overdueBefore } } }),
  ]);
  return { items, due, overdue };
}

export async function pendingReviews(db: Tx, organisationId: string) {
  const where: Prisma.ArrangementVersionWhereInput = {
    ...awaitingApprovalOf(organisationId),
    arrangement: { supersededAt: null },
  };
  const [items, total] = await Promise.all([
    db.arrangementVersion.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: LIST_SIZE,
      select: {
        id: true,
        number: true,
        submittedAt: true,
        arrangement: { select: { initiative: { select: { id: true, name: true } } } },
      },
    }),
    db.arrangementVersion.count({ where }),
  ]);
  return { items, total };
}
