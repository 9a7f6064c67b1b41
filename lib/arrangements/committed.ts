// What established arrangements commit, per funding stream per calendar year. Only the newest
// established version of each arrangement counts (a later establishment replaces the earlier):
// callers pass versions ordered by arrangement, newest first.
import type { Tx } from "../db/create-client";
import type { ArrangementLine as LineRow, Prisma, Scenario } from "../generated/prisma/client";
import { arrangementTotals } from "./totals";
import { FUNDING_STREAMS, type FundingStream } from "./types";
import { lineFromRow, metaFromRow } from "./workflow/mapping";

export interface CommittedAmounts {
  years: number[];
  byStream: { fundingStream: FundingStream; perYear: { year: number; cents: number }[]; totalCents: number }[];
}

export interface EstablishedVersion {
  arrangementId: string;
  scenario: Scenario;
  periodStart: Date;
  periodEnd: Date;
  groupSize: number;
  lines: LineRow[];
}

/**
 * Established versions of the arrangements in force that match `arrangement`, newest first per
 * arrangement (pass them to inForce / committedAmounts). With `payer`: only arrangements in
 * which that organisation ever paid a line (found through the payer index, not by scanning
 * every arrangement), and only its own lines.
 */
export function establishedVersions(db: Tx, arrangement: Prisma.ArrangementWhereInput, payer?: string) {
  const paidBy = payer ? { versions: { some: { lines: { some: { payerOrganisationId: payer } } } } } : {};
  return db.arrangementVersion.findMany({
    where: { state: "VASTGESTELD", arrangement: { AND: [{ supersededAt: null }, arrangement, paidBy] } },
    orderBy: [{ arrangementId: "asc" }, { number: "desc" }],
    select: {
      arrangementId: true,
      scenario: true,
      periodStart: true,
      periodEnd: true,
      groupSize: true,
      lines: { where: payer ? { payerOrganisationId: payer } : {}, orderBy: { position: "asc" } },
    },
  });
}

/** The versions in force: the first (newest) of each arrangement. */
export function inForce<V extends { arrangementId: string }>(versionsNewestFirst: readonly V[]): V[] {
  const seen = new Set<string>();
  return versionsNewestFirst.filter((v) => !seen.has(v.arrangementId) && seen.add(v.arrangementId));
}

export function committedAmounts(
  versionsNewestFirst: readonly EstablishedVersion[],
  streams: readonly FundingStream[] = FUNDING_STREAMS,
): CommittedAmounts {
  const sums = new Map<FundingStream, Map<number, number>>();
  for (const version of inForce(versionsNewestFirst)) {
    const totals = arrangementTotals(version.lines.map(lineFromRow), metaFromRow(version));
    for (const stream of totals.byStream) {
      if (!streams.includes(stream.fundingStream)) continue;
      const perYear = sums.get(stream.fundingStream) ?? new Map<number, number>();
      sums.set(stream.fundingStream, perYear);
      for (const part of stream.perYear) perYear.set(part.year, (perYear.get(part.year) ?? 0) + part.cents);
    }
  }
  const years = [...new Set([...sums.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
  const byStream = FUNDING_STREAMS.filter((s) => sums.has(s)).map((fundingStream) => {
    const perYear = years.map((year) => ({ year, cents: sums.get(fundingStream)!.get(year) ?? 0 }));
    return { fundingStream, perYear, totalCents: perYear.reduce((sum, p) => sum + p.cents, 0) };
  });
  return { years, byStream };
}
