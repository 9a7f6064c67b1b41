// The arrangement editor's pure parts: running totals while typing, the browser's version of the
// server schema (rows without a key yet), and rows echoed back to a page without JavaScript.
import { describe, expect, it } from "vitest";
import { nestValues } from "../../components/forms/nest-values";
import { withProvisionalLineKeys, ZCreateArrangement } from "../../lib/arrangements/form";
import { runningTotals } from "../../lib/arrangements/running-totals";

const row = (over: Record<string, string> = {}) => ({
  lineKey: "",
  component: "BEGELEIDING",
  description: "Begeleiding in de groep",
  fundingStream: "JEUGDWET",
  payerOrganisationId: "org_gm0758",
  providerOrganisationId: "org_zrg_baronie",
  hoursPerWeek: "",
  amount: "12.000",
  rationale: "Individuele begeleiding valt onder de Jeugdwet.",
  ...over,
});

describe("running totals", () => {
  it("adds the typed amounts per stream, per year and over a valid period", () => {
    const totals = runningTotals(
      [row({ amount: "12.000" }), row({ amount: "€ 3.000,50" }), row({ fundingStream: "WMO", amount: "1000" })],
      { periodStart: "2027-01-01", periodEnd: "2028-12-31" },
    );
    expect(totals.byStream).toEqual([
      { fundingStream: "JEUGDWET", perYearCents: 1_500_050, periodCents: 3_000_100 },
      { fundingStream: "WMO", perYearCents: 100_000, periodCents: 200_000 },
    ]);
    expect(totals.overall).toEqual({ perYearCents: 1_600_050, periodCents: 3_200_100 });
    expect(totals.notCounted).toBe(0);
  });

  it("counts only per year while the period is incomplete or reversed, and counts rows that cannot add up yet", () => {
    const rows = [row(), row({ amount: "12.34" }), row({ fundingStream: "" }), row({ amount: "" })];
    for (const period of [{ periodStart: "2027-01-01" }, { periodStart: "2028-01-01", periodEnd: "2027-01-01" }]) {
      const totals = runningTotals(rows, period);
      expect(totals.overall).toEqual({ perYearCents: 1_200_000, periodCents: null });
      expect(totals.notCounted).toBe(2);
    }
  });
});

describe("the editor's schema in the browser", () => {
  const values = {
    initiativeId: "ini_breda",
    scenario: "SCENARIO_1",
    periodStart: "2027-08-01",
    periodEnd: "2028-07-31",
    groupSize: "6",
    lines: [row(), row({ lineKey: "l_existing" }), row()],
  };

  it("accepts new rows without a key, as the server does when it gives them one", () => {
    expect(ZCreateArrangement.safeParse(values).success).toBe(false);
    expect(withProvisionalLineKeys(ZCreateArrangement).safeParse(values).success).toBe(true);
  });

  it("reports a row's problem on that row, as the server's field errors are keyed", () => {
    const lines = [row(), row({ amount: "veel" }), row()];
    const issues = withProvisionalLineKeys(ZCreateArrangement).safeParse({ ...values, lines }).error!.issues;
    expect(issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual(["lines.1.amount: amountInvalid"]);
  });

  it("gives the arrangement's own message when its end precedes its start", () => {
    const issues = withProvisionalLineKeys(ZCreateArrangement).safeParse({ ...values, periodEnd: "2027-07-31" }).error!
      .issues;
    expect(issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual(["periodEnd: periodEndBeforeStart"]);
  });
});

describe("echoed rows", () => {
  it("nests the posted names into rows, closing gaps", () => {
    expect(nestValues({ scenario: "S", "lines.0.amount": "5", "lines.2.amount": "7", "lines.2.lineKey": "" })).toEqual({
      scenario: "S",
      lines: [{ amount: "5" }, { amount: "7", lineKey: "" }],
    });
  });

  it("never writes through a posted name to a prototype", () => {
    nestValues({ "__proto__.polluted": "yes", "constructor.prototype.polluted": "yes" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
