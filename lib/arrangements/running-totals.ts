// The editor's totals while the person types: per funding stream, what the typed lines cost per
// year and, once the period is valid, over the whole period (the same arithmetic as the
// arrangement page: arrangementTotals on cents). Rows that cannot count yet are only counted.
import { isIsoDate } from "./dates";
import { parseEuroToCents } from "./money";
import { MAX_AMOUNT_CENTS_PER_YEAR } from "./schemas";
import { arrangementTotals } from "./totals";
import { FUNDING_STREAMS, type ArrangementLine, type FundingStream } from "./types";

export interface DraftRow {
  fundingStream?: string;
  amount?: string;
  payerOrganisationId?: string;
}

export interface RunningTotal {
  perYearCents: number;
  /** Over the period, or null while the period is not a valid range. */
  periodCents: number | null;
}

export interface RunningTotals {
  byStream: (RunningTotal & { fundingStream: FundingStream })[];
  overall: RunningTotal;
  /** Rows with an amount that does not count yet: not a valid amount, or no stream chosen. */
  notCounted: number;
}

const isStream = (s: string | undefined): s is FundingStream =>
  (FUNDING_STREAMS as readonly string[]).includes(s ?? "");

export function runningTotals(rows: readonly DraftRow[], period: { periodStart?: string; periodEnd?: string }) {
  const lines: ArrangementLine[] = [];
  let notCounted = 0;
  rows.forEach((row, i) => {
    if (!row.amount?.trim()) return;
    const cents = parseEuroToCents(row.amount);
    if (cents === null || cents < 0 || cents > MAX_AMOUNT_CENTS_PER_YEAR || !isStream(row.fundingStream)) {
      notCounted++;
      return;
    }
    lines.push({
      lineKey: `row-${i}`,
      component: "OVERIG",
      description: "",
      fundingStream: row.fundingStream,
      payerOrganisationId: row.payerOrganisationId ?? "",
      providerOrganisationId: "",
      hoursPerWeek: null,
      amountCentsPerYear: cents,
      rationale: "",
    });
  });
  const { periodStart = "", periodEnd = "" } = period;
  // The schema's range, so a half-typed year cannot spread an amount over thousands of years.
  const validPeriod =
    isIsoDate(periodStart) &&
    isIsoDate(periodEnd) &&
    periodStart >= "2000-01-01" &&
    periodEnd <= "2100-12-31" &&
    periodStart <= periodEnd;
  const overPeriod = validPeriod ? arrangementTotals(lines, { periodStart, periodEnd }) : null;
  const perYear = (stream?: FundingStream) =>
    lines.filter((l) => !stream || l.fundingStream === stream).reduce((sum, l) => sum + l.amountCentsPerYear!, 0);
  const totals: RunningTotals = {
    byStream: FUNDING_STREAMS.filter((s) => lines.some((l) => l.fundingStream === s)).map((s) => ({
      fundingStream: s,
      perYearCents: perYear(s),
      periodCents: overPeriod?.byStream.find((b) => b.fundingStream === s)?.totalCents ?? null,
    })),
    overall: { perYearCents: perYear(), periodCents: overPeriod?.overall.totalCents ?? null },
    notCounted,
  };
  return totals;
}
