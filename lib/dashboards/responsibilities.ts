// What an overseeing organisation itself has to do: steps it owns that are due soon or overdue,
// and arrangement versions waiting for its approval. A page of each plus the totals.
import { addDays } from "../arrangements/dates";
import { awaitingApprovalOf } from "../arrangements/review-queue";
import type { Tx } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";

export const DUE_SOON_DAYS = 14;
const LIST_SIZE = 10;

export async function dueSteps(db: Tx, organisationId: string, today: string) {
  const open: Prisma.InitiativeStepWhereInput = {
    ownerOrganisationId: organisationId,
    removedAt: null,
    status: { in: ["NIET_GESTART", "BEZIG"] },
  };
  const dueBy = new Date(`${addDays(today, DUE_SOON_DAYS)}T00:00:00Z`);
  const todayDate = new Date(`${today}T00:00:00Z`);
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
    db.initiativeStep.count({ where: { ...open, dueDate: { lt: todayDate } } }),
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
