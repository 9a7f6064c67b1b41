import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, fromDayNumber, toDayNumber } from "../../lib/arrangements/dates";
import { EXAMPLE_META } from "../../lib/arrangements/example";
import { evaluationDueFrom, versionStatus, type VersionStatusInput } from "../../lib/arrangements/status";
import { VERSION_STATUSES } from "../../lib/arrangements/types";

const required = ["org:gemeente", "org:swv", "parents"];
const approvedByAll: VersionStatusInput = {
  submitted: true,
  requiredPartyKeys: required,
  approvedPartyKeys: required,
  changesRequested: false,
  periodStart: EXAMPLE_META.periodStart, // 2026-08-24
  periodEnd: EXAMPLE_META.periodEnd, // 2027-07-16
  today: "2026-06-01",
};
const on = (today: string, patch: Partial<VersionStatusInput> = {}) =>
  versionStatus({ ...approvedByAll, ...patch, today });

describe("versionStatus", () => {
  it("is CONCEPT until submitted, whatever else holds", () => {
    expect(on("2026-09-01", { submitted: false })).toBe("CONCEPT");
  });

  it("stays TER_BEOORDELING while an approval is missing or changes are requested", () => {
    expect(on("2026-06-01", { approvedPartyKeys: ["org:gemeente", "parents"] })).toBe("TER_BEOORDELING");
    expect(on("2026-09-01", { approvedPartyKeys: ["org:gemeente", "org:swv"] })).toBe("TER_BEOORDELING");
    expect(on("2026-06-01", { changesRequested: true })).toBe("TER_BEOORDELING");
    expect(on("2026-06-01", { requiredPartyKeys: [], approvedPartyKeys: [] })).toBe("TER_BEOORDELING");
  });

  it("ignores approvals of parties that are no longer required", () => {
    expect(on("2026-06-01", { approvedPartyKeys: [...required, "org:oud"] })).toBe("VASTGESTELD");
  });

  it.each([
    ["2026-06-01", "VASTGESTELD"],
    ["2026-08-23", "VASTGESTELD"],
    ["2026-08-24", "ACTIEF"],
    ["2027-01-01", "ACTIEF"],
    ["2027-05-20", "ACTIEF"], // 57 days before the end
    ["2027-05-21", "TE_EVALUEREN"], // 56 days (8 weeks) before the end
    ["2027-07-16", "TE_EVALUEREN"],
    ["2027-09-01", "TE_EVALUEREN"],
  ])("once approved, on %s is %s", (today, status) => {
    expect(on(today)).toBe(status);
  });

  it("knows when evaluation is due", () => {
    expect(evaluationDueFrom("2027-07-16")).toBe("2027-05-21");
  });

  it("goes to TE_EVALUEREN at once for a period shorter than 8 weeks", () => {
    expect(on("2026-08-24", { periodEnd: "2026-09-30" })).toBe("TE_EVALUEREN");
    expect(on("2026-08-23", { periodEnd: "2026-09-30" })).toBe("VASTGESTELD");
  });

  it("property: an approved version only moves forward in time", () => {
    const day = fc.integer({ min: toDayNumber("2020-01-01"), max: toDayNumber("2035-12-31") });
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 1500 }),
        day,
        fc.integer({ min: 1, max: 400 }),
        (start, length, today, step) => {
          const periodStart = fromDayNumber(start);
          const periodEnd = addDays(periodStart, length);
          const a = versionStatus({ ...approvedByAll, periodStart, periodEnd, today: fromDayNumber(today) });
          const b = versionStatus({ ...approvedByAll, periodStart, periodEnd, today: fromDayNumber(today + step) });
          expect(VERSION_STATUSES.indexOf(b)).toBeGreaterThanOrEqual(VERSION_STATUSES.indexOf(a));
          expect(["VASTGESTELD", "ACTIEF", "TE_EVALUEREN"]).toContain(a);
        },
      ),
    );
  });
});
