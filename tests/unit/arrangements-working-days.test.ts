import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween, fromDayNumber, toDayNumber } from "../../lib/arrangements/dates";
import { dutchPublicHolidays, easterSunday, isDutchPublicHoliday, koningsdag } from "../../lib/arrangements/holidays";
import {
  addWorkingDays,
  isOverdueForReview,
  isWorkingDay,
  workingDaysBetween,
} from "../../lib/arrangements/working-days";

const anyDay = fc.integer({ min: toDayNumber("2000-01-01"), max: toDayNumber("2099-12-31") });

describe("Dutch public holidays", () => {
  it.each([
    [1818, "1818-03-22"], // earliest possible
    [1943, "1943-04-25"], // latest possible
    [2000, "2000-04-23"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("Easter %i is on %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it("in 2027 follow from Easter on 28 March", () => {
    expect(dutchPublicHolidays(2027)).toEqual([
      { date: "2027-01-01", name: "Nieuwjaarsdag" },
      { date: "2027-03-26", name: "Goede Vrijdag" },
      { date: "2027-03-28", name: "Eerste Paasdag" },
      { date: "2027-03-29", name: "Tweede Paasdag" },
      { date: "2027-04-27", name: "Koningsdag" },
      { date: "2027-05-05", name: "Bevrijdingsdag" },
      { date: "2027-05-06", name: "Hemelvaartsdag" },
      { date: "2027-05-16", name: "Eerste Pinksterdag" },
      { date: "2027-05-17", name: "Tweede Pinksterdag" },
      { date: "2027-12-25", name: "Eerste Kerstdag" },
      { date: "2027-12-26", name: "Tweede Kerstdag" },
    ]);
  });

  it("move Koningsdag to Saturday 26 April when the 27th is a Sunday", () => {
    expect(koningsdag(2025)).toBe("2025-04-26");
    expect(koningsdag(2031)).toBe("2031-04-26");
    expect(koningsdag(2026)).toBe("2026-04-27");
  });

  it("count Bevrijdingsdag every year, not only every fifth", () => {
    for (const year of [2026, 2027, 2028, 2029, 2030]) expect(isDutchPublicHoliday(`${year}-05-05`)).toBe(true);
  });

  it("may fall on the same day: Hemelvaartsdag was on 5 May in 2016", () => {
    expect(
      dutchPublicHolidays(2016)
        .filter((h) => h.date === "2016-05-05")
        .map((h) => h.name),
    ).toEqual(["Bevrijdingsdag", "Hemelvaartsdag"]);
  });

  it("property: eleven holidays inside the year, Easter between 22 March and 25 April", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const holidays = dutchPublicHolidays(year);
        expect(holidays).toHaveLength(11);
        expect(new Set(holidays.map((h) => h.date)).size).toBeGreaterThanOrEqual(10); // 5 May can be Hemelvaartsdag
        expect(holidays.every((h) => h.date.startsWith(`${String(year).padStart(4, "0")}-`))).toBe(true);
        const easter = easterSunday(year).slice(5);
        expect(easter >= "03-22" && easter <= "04-25").toBe(true);
      }),
    );
  });
});

describe("workingDaysBetween", () => {
  it("skips Koningsdag in its week", () => {
    // Sunday 25 April 2027 → Friday 30 April: Mon, (Tue 27 Koningsdag), Wed, Thu, Fri.
    expect(workingDaysBetween("2027-04-25", "2027-04-30")).toBe(4);
    expect(isWorkingDay("2027-04-27")).toBe(false);
  });

  it("skips the Easter days of 2027", () => {
    // Thursday 25 March → Tuesday 30 March: Good Friday, weekend and Easter Monday are off.
    expect(workingDaysBetween("2027-03-25", "2027-03-30")).toBe(1);
  });

  it("counts after the first day up to and including the last", () => {
    expect(workingDaysBetween("2027-06-04", "2027-06-07")).toBe(1); // Friday → Monday
    expect(workingDaysBetween("2027-06-07", "2027-06-07")).toBe(0);
    expect(workingDaysBetween("2027-06-07", "2027-06-01")).toBe(0);
  });

  it("property: at most the calendar days, and additive over consecutive ranges", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 800 }), (start, n, m) => {
        const [a, b, c] = [fromDayNumber(start), fromDayNumber(start + n), fromDayNumber(start + n + m)];
        expect(workingDaysBetween(a, b)).toBeLessThanOrEqual(daysBetween(a, b));
        expect(workingDaysBetween(a, c)).toBe(workingDaysBetween(a, b) + workingDaysBetween(b, c));
      }),
    );
  });

  it("property: addWorkingDays lands on a working day exactly n working days later", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const from = fromDayNumber(start);
        const to = addWorkingDays(from, n);
        expect(isWorkingDay(to)).toBe(true);
        expect(workingDaysBetween(from, to)).toBe(n);
      }),
    );
  });
});

describe("isOverdueForReview", () => {
  // Submitted Monday 19 April 2027; Koningsdag, Bevrijdingsdag and Hemelvaartsdag fall inside.
  it("is overdue after ten working days, holidays not counted", () => {
    expect(addWorkingDays("2027-04-19", 10)).toBe("2027-05-04");
    expect(isOverdueForReview("2027-04-19", "2027-05-04")).toBe(false);
    expect(isOverdueForReview("2027-04-19", "2027-05-06")).toBe(false); // 5 and 6 May are holidays
    expect(isOverdueForReview("2027-04-19", "2027-05-07")).toBe(true);
    expect(isOverdueForReview("2027-04-19", "2027-04-23", 3)).toBe(true);
  });

  it("reads instants as dates in the Netherlands", () => {
    const submitted = new Date("2027-04-18T22:30:00Z"); // Monday 19 April, 00:30 in Amsterdam
    expect(isOverdueForReview(submitted, new Date("2027-05-06T21:59:00Z"))).toBe(false); // 6 May, 23:59
    expect(isOverdueForReview(submitted, new Date("2027-05-06T22:00:00Z"))).toBe(true); // 7 May, 00:00
  });
});
