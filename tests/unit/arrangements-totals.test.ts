import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysInYear, fromDayNumber, isoDate, toDayNumber } from "../../lib/arrangements/dates";
import { EXAMPLE_LINES, EXAMPLE_META, EXAMPLE_ORGANISATIONS as org } from "../../lib/arrangements/example";
import { arrangementTotals, periodTotalCents, yearParts } from "../../lib/arrangements/totals";

describe("yearParts", () => {
  it("splits a school year across the year boundary by days", () => {
    // 24 Aug – 31 Dec 2026 is 130 days, 1 Jan – 16 Jul 2027 is 197 days.
    expect(yearParts(6_240_000, "2026-08-24", "2027-07-16")).toEqual([
      { year: 2026, days: 130, cents: 2_222_466 }, // 6,240,000 × 130/365 = 2,222,465.75…
      { year: 2027, days: 197, cents: 3_367_890 }, // 6,240,000 × 197/365 = 3,367,890.41…
    ]);
    expect(periodTotalCents(6_240_000, "2026-08-24", "2027-07-16")).toBe(5_590_356);
  });

  it("divides by the days of each year, leap years included", () => {
    expect(yearParts(3_660_000, "2027-08-01", "2028-07-31")).toEqual([
      { year: 2027, days: 153, cents: 1_534_192 },
      { year: 2028, days: 213, cents: 2_130_000 },
    ]);
  });

  it("adjusts the last year so the parts add up to the rounded total", () => {
    // 5 × 214/365 = 2.93 → 3 and 5 × 41/366 = 0.56 → 1, but the total 3.49 rounds to 3.
    expect(yearParts(5, "2027-06-01", "2028-02-10").map((p) => p.cents)).toEqual([3, 0]);
    // 4 × 214/365 = 2.35 → 2 and 4 × 41/366 = 0.45 → 0, but the total 2.79 rounds to 3.
    expect(yearParts(4, "2027-06-01", "2028-02-10").map((p) => p.cents)).toEqual([2, 1]);
  });

  it("gives whole calendar years exactly and counts both ends of the period", () => {
    expect(yearParts(1_000_001, "2027-01-01", "2028-12-31").map((p) => p.cents)).toEqual([1_000_001, 1_000_001]);
    expect(yearParts(36_500, "2026-12-31", "2027-01-01")).toEqual([
      { year: 2026, days: 1, cents: 100 },
      { year: 2027, days: 1, cents: 100 },
    ]);
  });

  it("refuses a reversed period or a fractional amount", () => {
    expect(() => yearParts(100, "2027-01-02", "2027-01-01")).toThrow(RangeError);
    expect(() => yearParts(1.5, "2027-01-01", "2027-01-02")).toThrow(RangeError);
  });

  it("property: the yearly parts add up to the full-period total, each within a cent of exact", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber("2000-01-01"), max: toDayNumber("2095-12-31") }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        (startDay, length, amount) => {
          const start = fromDayNumber(startDay);
          const end = addDays(start, length);
          const parts = yearParts(amount, start, end);
          const exactTotal = parts.reduce(
            (sum, p) => sum + (BigInt(amount) * BigInt(p.days) * 1_000_000n) / BigInt(daysInYear(p.year)),
            0n,
          );
          const sum = parts.reduce((s, p) => s + p.cents, 0);
          expect(sum).toBe(periodTotalCents(amount, start, end));
          expect(parts.reduce((s, p) => s + p.days, 0)).toBe(length + 1);
          const errorMillionths = BigInt(sum) * 1_000_000n - exactTotal;
          expect(errorMillionths <= 500_001n && errorMillionths >= -500_001n).toBe(true);
          for (const p of parts) {
            expect(p.cents).toBeGreaterThanOrEqual(0);
            const error = BigInt(p.cents * daysInYear(p.year)) - BigInt(amount) * BigInt(p.days);
            expect(error <= BigInt(daysInYear(p.year)) && error >= -BigInt(daysInYear(p.year))).toBe(true);
          }
        },
      ),
    );
  });

  it("property: whole calendar years cost exactly the yearly amount each", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2090 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        (year, years, amount) => {
          expect(periodTotalCents(amount, isoDate(year, 1, 1), isoDate(year + years - 1, 12, 31))).toBe(amount * years);
        },
      ),
    );
  });
});

describe("arrangementTotals", () => {
  const totals = arrangementTotals(EXAMPLE_LINES, EXAMPLE_META);
  const cents = (b: { perYear: { year: number; cents: number }[] }) => b.perYear.map((p) => p.cents);

  it("totals per stream, per payer and overall, per calendar year", () => {
    expect(totals.years).toEqual([2026, 2027]);
    expect(totals.byStream.map((s) => s.fundingStream)).toEqual([
      "ONDERWIJSBEKOSTIGING",
      "SWV_BUDGET",
      "JEUGDWET",
      "WMO",
      "WLZ",
    ]);
    expect(totals.byStream[0]).toEqual({
      fundingStream: "ONDERWIJSBEKOSTIGING",
      perYear: [
        { year: 2026, cents: 2_222_466 },
        { year: 2027, cents: 3_367_890 },
      ],
      totalCents: 5_590_356,
    });
    const gemeente = totals.byPayer.find((p) => p.payerOrganisationId === org.gemeenteBreda)!;
    const jeugdwet = totals.byStream.find((s) => s.fundingStream === "JEUGDWET")!;
    const wmo = totals.byStream.find((s) => s.fundingStream === "WMO")!;
    expect(gemeente.totalCents).toBe(jeugdwet.totalCents + wmo.totalCents);
    expect(totals.byPayer.map((p) => p.payerOrganisationId)).toEqual([
      org.gemeenteBreda,
      org.schoolbestuur,
      org.swv,
      org.zorgkantoor,
    ]);
  });

  it("adds up in every direction", () => {
    const sumOf = (buckets: { perYear: { cents: number }[] }[], i: number) =>
      buckets.reduce((s, b) => s + b.perYear[i]!.cents, 0);
    for (const i of [0, 1]) {
      expect(sumOf(totals.byStream, i)).toBe(totals.overall.perYear[i]!.cents);
      expect(sumOf(totals.byPayer, i)).toBe(totals.overall.perYear[i]!.cents);
      expect(sumOf([totals.education, totals.care], i)).toBe(totals.overall.perYear[i]!.cents);
    }
    expect(cents(totals.overall).reduce((a, b) => a + b, 0)).toBe(totals.overall.totalCents);
  });

  it("splits education (school board, SWV) from care money", () => {
    const education = EXAMPLE_LINES.filter((l) => ["ONDERWIJSBEKOSTIGING", "SWV_BUDGET"].includes(l.fundingStream));
    const expected = education.reduce(
      (s, l) =>
        s +
        (l.amountCentsPerYear === null
          ? 0
          : periodTotalCents(l.amountCentsPerYear, EXAMPLE_META.periodStart, EXAMPLE_META.periodEnd)),
      0,
    );
    expect(totals.education.totalCents).toBe(expected);
    expect(totals.care.totalCents).toBe(totals.overall.totalCents - expected);
  });

  it("lists lines without an amount instead of counting them", () => {
    expect(totals.unpricedLineKeys).toEqual(["onderwijs-ib"]);
  });

  it("has zero buckets for an arrangement without priced lines", () => {
    const empty = arrangementTotals([], { periodStart: "2026-08-24", periodEnd: "2028-07-14" });
    expect(empty.years).toEqual([2026, 2027, 2028]);
    expect(cents(empty.overall)).toEqual([0, 0, 0]);
    expect(empty.byStream).toEqual([]);
  });
});
