import { describe, expect, it } from "vitest";
import { EXAMPLE_LINES, EXAMPLE_META } from "../../lib/arrangements/example";
import {
  ARRANGEMENT_VALIDATION_KEYS,
  ZArrangementLine,
  ZArrangementLineInput,
  ZArrangementLines,
  ZArrangementVersionMeta,
} from "../../lib/arrangements/schemas";
import type { z } from "zod";

const line = EXAMPLE_LINES[3]!; // Jeugdwet begeleiding
const input = {
  lineKey: line.lineKey,
  component: line.component,
  description: line.description,
  fundingStream: line.fundingStream,
  payerOrganisationId: line.payerOrganisationId,
  providerOrganisationId: line.providerOrganisationId,
  hoursPerWeek: "20",
  amount: "56.000,00",
  rationale: line.rationale,
};

const seenKeys = new Set<string>();

/** Each problem as "path: key". */
function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  for (const issue of result.error.issues) seenKeys.add(issue.message);
  return result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("a line from a form", () => {
  it("parses Dutch euro text and decimal-comma hours into an ArrangementLine", () => {
    const parsed = ZArrangementLineInput.parse({ ...input, hoursPerWeek: "12,25", amount: "€ 12.345,67" });
    expect(parsed).toEqual({ ...line, hoursPerWeek: 12.25, amountCentsPerYear: 1_234_567 });
    expect(parsed).not.toHaveProperty("amount");
  });

  it("treats empty hours or amount as absent", () => {
    expect(ZArrangementLineInput.parse({ ...input, hoursPerWeek: "" }).hoursPerWeek).toBeNull();
    expect(ZArrangementLineInput.parse({ ...input, amount: "  " }).amountCentsPerYear).toBeNull();
    expect(
      ZArrangementLineInput.parse({ ...input, hoursPerWeek: 3.5, amount: undefined }).amountCentsPerYear,
    ).toBeNull();
  });

  it.each([
    [{ amount: "-100" }, "amount: amountNegative"],
    [{ amount: "10.000.000,01" }, "amount: amountTooLarge"],
    [{ amount: "12,345" }, "amount: amountInvalid"],
    [{ amount: "veel" }, "amount: amountInvalid"],
    [{ hoursPerWeek: "60,01" }, "hoursPerWeek: hoursTooLarge"],
    [{ hoursPerWeek: "-1" }, "hoursPerWeek: hoursNegative"],
    [{ hoursPerWeek: "1,255" }, "hoursPerWeek: hoursInvalid"],
    [{ hoursPerWeek: "twee" }, "hoursPerWeek: hoursInvalid"],
    [{ hoursPerWeek: "", amount: "" }, "hoursPerWeek: volumeRequired"],
    [{ hoursPerWeek: "0", amount: "0" }, "hoursPerWeek: volumeRequired"],
    [{ rationale: "" }, "rationale: rationaleRequired"],
    [{ rationale: "   " }, "rationale: rationaleRequired"],
    [{ rationale: "Want ja." }, "rationale: rationaleTooShort"],
    [{ rationale: "x".repeat(2001) }, "rationale: tooLong"],
    [{ description: "" }, "description: required"],
    [{ description: "x".repeat(501) }, "description: tooLong"],
    [{ component: "KOFFIE" }, "component: chooseOption"],
    [{ fundingStream: "LOTERIJ" }, "fundingStream: chooseOption"],
    [{ payerOrganisationId: "" }, "payerOrganisationId: chooseOrganisation"],
    [{ lineKey: "met spatie" }, "lineKey: invalid"],
  ])("refuses %j with exactly %s", (change, expected) => {
    expect(problems(ZArrangementLineInput, { ...input, ...change })).toEqual([expected]);
  });

  it("accepts the limits themselves", () => {
    expect(problems(ZArrangementLineInput, { ...input, hoursPerWeek: "60", amount: "10.000.000" })).toEqual([]);
    expect(problems(ZArrangementLineInput, { ...input, rationale: "x".repeat(10) })).toEqual([]);
  });
});

describe("a line in code (cents)", () => {
  it("accepts every example line", () => {
    expect(problems(ZArrangementLines, EXAMPLE_LINES)).toEqual([]);
  });

  it.each([
    [{ amountCentsPerYear: -1 }, "amountCentsPerYear: amountNegative"],
    [{ amountCentsPerYear: 1_000_000_001 }, "amountCentsPerYear: amountTooLarge"],
    [{ amountCentsPerYear: 12.5 }, "amountCentsPerYear: amountInvalid"],
    [{ hoursPerWeek: 61 }, "hoursPerWeek: hoursTooLarge"],
    [{ hoursPerWeek: 1.001 }, "hoursPerWeek: hoursInvalid"],
    [{ hoursPerWeek: null, amountCentsPerYear: null }, "hoursPerWeek: volumeRequired"],
  ])("refuses %j with %s", (change, expected) => {
    expect(problems(ZArrangementLine, { ...line, ...change })).toEqual([expected]);
  });

  it("accepts hours with two decimals that floats cannot represent exactly", () => {
    expect(problems(ZArrangementLine, { ...line, hoursPerWeek: 0.29 })).toEqual([]);
  });

  it("refuses an empty version and duplicate line keys", () => {
    expect(problems(ZArrangementLines, [])).toEqual([": linesRequired"]);
    expect(problems(ZArrangementLines, [line, { ...line }])).toEqual(["1.lineKey: lineKeyDuplicate"]);
  });
});

describe("version metadata", () => {
  it("accepts the example and keeps dates as YYYY-MM-DD", () => {
    expect(ZArrangementVersionMeta.parse({ ...EXAMPLE_META, groupSize: "8" })).toEqual(EXAMPLE_META);
  });

  it.each([
    [{ periodEnd: "2026-08-23" }, "periodEnd: periodEndBeforeStart"],
    [{ periodStart: "2027-02-30" }, "periodStart: dateInvalid"],
    [{ periodStart: "24-08-2026" }, "periodStart: dateInvalid"],
    [{ periodEnd: "2101-01-01" }, "periodEnd: dateOutOfRange"],
    [{ groupSize: 0 }, "groupSize: groupSizeTooSmall"],
    [{ groupSize: 41 }, "groupSize: groupSizeTooLarge"],
    [{ groupSize: 2.5 }, "groupSize: groupSizeInvalid"],
    [{ scenario: "SCENARIO_3" }, "scenario: chooseOption"],
  ])("refuses %j with %s", (change, expected) => {
    expect(problems(ZArrangementVersionMeta, { ...EXAMPLE_META, ...change })).toEqual([expected]);
  });

  it("allows a period of one day and the group size limits", () => {
    expect(
      problems(ZArrangementVersionMeta, { ...EXAMPLE_META, periodEnd: EXAMPLE_META.periodStart, groupSize: 1 }),
    ).toEqual([]);
    expect(problems(ZArrangementVersionMeta, { ...EXAMPLE_META, groupSize: 40 })).toEqual([]);
  });
});

describe("message keys", () => {
  // Runs last in this file: every key the tests above met must be listed for the catalogues.
  it("lists every key the schemas produced", () => {
    const listed: ReadonlySet<string> = new Set(ARRANGEMENT_VALIDATION_KEYS);
    expect(seenKeys.size).toBeGreaterThan(15);
    expect([...seenKeys].filter((k) => !listed.has(k))).toEqual([]);
  });
});
