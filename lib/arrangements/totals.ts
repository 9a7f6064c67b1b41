// What an arrangement costs per calendar year, per funding stream, per payer, and split into
// education and care money. A line's amount is per year; the part falling in a calendar year
// is amount × (days of the period in that year) / (days in that year). All arithmetic is on
// BigInt cents: no floating point touches money.
import { daysBetween, daysInYear, isoDate, yearOf, type IsoDate } from "./dates";
import { divideRoundHalfUp } from "./money";
import { FUNDING_STREAMS, isEducationStream, type ArrangementLine, type FundingStream } from "./types";

export interface YearPart {
  year: number;
  /** Days of the period in this year (the period's end date included). */
  days: number;
  cents: number;
}

/** A common denominator for fractions of 365- and 366-day years. */
const COMMON_DENOMINATOR = 365n * 366n;

/**
 * A yearly amount spread over the period [periodStart, periodEnd] (both days included), per
 * calendar year. The full-period total is amount × Σ(days_y / daysInYear_y), rounded half-up
 * once; each year's part is rounded half-up on its own, and the last year absorbs the
 * difference (at most a cent) so the parts always add up exactly to the total.
 */
export function yearParts(amountCentsPerYear: number, periodStart: IsoDate, periodEnd: IsoDate): YearPart[] {
  if (!Number.isSafeInteger(amountCentsPerYear)) throw new RangeError("amountCentsPerYear must be an integer");
  if (periodEnd < periodStart) throw new RangeError("periodEnd before periodStart");
  const amount = BigInt(amountCentsPerYear);
  const segments: { year: number; days: number }[] = [];
  for (let year = yearOf(periodStart); year <= yearOf(periodEnd); year++) {
    const from = year === yearOf(periodStart) ? periodStart : isoDate(year, 1, 1);
    const to = year === yearOf(periodEnd) ? periodEnd : isoDate(year, 12, 31);
    segments.push({ year, days: daysBetween(from, to) + 1 });
  }
  const fraction = segments.reduce(
    (sum, s) => sum + BigInt(s.days) * (COMMON_DENOMINATOR / BigInt(daysInYear(s.year))),
    0n,
  );
  const total = divideRoundHalfUp(amount * fraction, COMMON_DENOMINATOR);
  const parts = segments.map((s) => divideRoundHalfUp(amount * BigInt(s.days), BigInt(daysInYear(s.year))));
  const last = parts.length - 1;
  parts[last] = parts[last]! + total - parts.reduce((a, b) => a + b, 0n);
  return segments.map((s, i) => ({ ...s, cents: Number(parts[i]!) }));
}

/** The amount over the whole period (the sum of yearParts). */
export function periodTotalCents(amountCentsPerYear: number, periodStart: IsoDate, periodEnd: IsoDate): number {
  return yearParts(amountCentsPerYear, periodStart, periodEnd).reduce((sum, p) => sum + p.cents, 0);
}

export interface Bucket {
  /** One entry per year of the period, in order, zeros included. */
  perYear: { year: number; cents: number }[];
  totalCents: number;
}

export interface ArrangementTotals {
  years: number[];
  overall: Bucket;
  /** Streams that occur in a priced line, in FUNDING_STREAMS order. */
  byStream: (Bucket & { fundingStream: FundingStream })[];
  /** Payers of priced lines, ordered by organisation id. */
  byPayer: (Bucket & { payerOrganisationId: string })[];
  /** Education streams (ONDERWIJSBEKOSTIGING, SWV_BUDGET) vs all care streams. */
  education: Bucket;
  care: Bucket;
  /** Lines with hours but no amount: they are not in the money totals. */
  unpricedLineKeys: string[];
}

export function arrangementTotals(
  lines: readonly ArrangementLine[],
  period: { periodStart: IsoDate; periodEnd: IsoDate },
): ArrangementTotals {
  const years: number[] = [];
  for (let y = yearOf(period.periodStart); y <= yearOf(period.periodEnd); y++) years.push(y);
  const accumulator = () => new Map<number, bigint>(years.map((y) => [y, 0n]));
  const overall = accumulator();
  const education = accumulator();
  const care = accumulator();
  const byStream = new Map<FundingStream, Map<number, bigint>>();
  const byPayer = new Map<string, Map<number, bigint>>();
  const unpricedLineKeys: string[] = [];

  for (const line of lines) {
    if (line.amountCentsPerYear === null) {
      unpricedLineKeys.push(line.lineKey);
      continue;
    }
    const stream = byStream.get(line.fundingStream) ?? accumulator();
    byStream.set(line.fundingStream, stream);
    const payer = byPayer.get(line.payerOrganisationId) ?? accumulator();
    byPayer.set(line.payerOrganisationId, payer);
    const side = isEducationStream(line.fundingStream) ? education : care;
    for (const part of yearParts(line.amountCentsPerYear, period.periodStart, period.periodEnd)) {
      for (const target of [overall, side, stream, payer])
        target.set(part.year, target.get(part.year)! + BigInt(part.cents));
    }
  }

  return {
    years,
    overall: bucket(overall),
    byStream: FUNDING_STREAMS.filter((s) => byStream.has(s)).map((s) => ({
      fundingStream: s,
      ...bucket(byStream.get(s)!),
    })),
    byPayer: [...byPayer.keys()].sort().map((id) => ({ payerOrganisationId: id, ...bucket(byPayer.get(id)!) })),
    education: bucket(education),
    care: bucket(care),
    unpricedLineKeys,
  };
}

function bucket(perYear: Map<number, bigint>): Bucket {
  const entries = [...perYear].map(([year, cents]) => ({ year, cents: Number(cents) }));
  return { perYear: entries, totalCents: Number([...perYear.values()].reduce((a, b) => a + b, 0n)) };
}
