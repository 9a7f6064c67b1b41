// The aggregate panels of a dashboard. Every panel is one or two queries over the whole scope,
// whatever its size: counts are grouped in the database, and only the established arrangement
// versions in force are read to spread their amounts over calendar years.
import { committedAmounts, establishedVersions, inForce, type CommittedAmounts } from "../arrangements/committed";
import type { FundingStream } from "../arrangements/types";
import type { Tx } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";
import { PHASES, type Phase } from "../initiatives/phases";
import type { DashboardScope } from "../policy/dashboard-access";
import { dateOnly, type IsoDate } from "../time/date-only";

export interface PhaseCount {
  phase: Phase;
  count: number;
}

export async function phaseCounts(db: Tx, where: Prisma.InitiativeWhereInput): Promise<PhaseCount[]> {
  const rows = await db.initiative.groupBy({ by: ["phase"], where, _count: { _all: true } });
  return PHASES.map((phase) => ({ phase, count: rows.find((r) => r.phase === phase)?._count._all ?? 0 }));
}

export interface ArrangementFigures {
  committed: CommittedAmounts;
  /** Places in groups whose arrangement runs today: the sum of group sizes, never who. */
  placesToday: number;
  /** Arrangements in force (established, newest version). */
  arrangementsInForce: number;
}

/** Amounts per stream per year and places served, from the established arrangements in scope. */
export async function arrangementFigures(
  db: Tx,
  scope: DashboardScope,
  today: IsoDate,
  options: { payer?: string; streams?: FundingStream[] } = {},
): Promise<ArrangementFigures> {
  const versions = await establishedVersions(db, { initiative: scope.initiatives }, options.payer);
  const current = inForce(versions);
  const runsToday = (v: (typeof current)[number]) => dateOnly(v.periodStart) <= today && today <= dateOnly(v.periodEnd);
  return {
    committed: committedAmounts(current, options.streams),
    placesToday: current.filter(runsToday).reduce((sum, v) => sum + v.groupSize, 0),
    arrangementsInForce: current.length,
  };
}
