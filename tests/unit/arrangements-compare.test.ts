import { describe, expect, it } from "vitest";
import { compareVersions } from "../../lib/arrangements/compare";
import { EXAMPLE_LINES } from "../../lib/arrangements/example";
import type { ArrangementLine } from "../../lib/arrangements/types";

const fysio: ArrangementLine = {
  ...EXAMPLE_LINES[3]!,
  lineKey: "zvw-fysiotherapie",
  component: "BEHANDELING",
  description: "Fysiotherapie op school",
  fundingStream: "ZVW",
  payerOrganisationId: "org-zorgverzekeraar",
  hoursPerWeek: 2,
  amountCentsPerYear: 480_000,
  rationale: "Fysiotherapie is een behandeling op verwijzing en valt onder de Zorgverzekeringswet.",
};

describe("compareVersions", () => {
  const next = [
    fysio,
    ...EXAMPLE_LINES.filter((l) => l.lineKey !== "wmo-verzorgingsruimte").map((l) =>
      l.lineKey === "jeugdwet-begeleiding" ? { ...l, amountCentsPerYear: 6_000_000, hoursPerWeek: 22.5 } : l,
    ),
  ];
  const result = compareVersions(EXAMPLE_LINES, next);

  it("finds added, removed and changed lines by lineKey", () => {
    expect(result.added.map((l) => l.lineKey)).toEqual(["zvw-fysiotherapie"]);
    expect(result.removed.map((l) => l.lineKey)).toEqual(["wmo-verzorgingsruimte"]);
    expect(result.changed).toEqual([
      {
        lineKey: "jeugdwet-begeleiding",
        fields: [
          { field: "hoursPerWeek", from: 20, to: 22.5 },
          { field: "amountCentsPerYear", from: 5_600_000, to: 6_000_000 },
        ],
      },
    ]);
  });

  it("gives the yearly amount per stream before and after", () => {
    expect(result.streamDifferences.filter((d) => d.differenceCentsPerYear !== 0)).toEqual([
      {
        fundingStream: "JEUGDWET",
        fromCentsPerYear: 5_600_000,
        toCentsPerYear: 6_000_000,
        differenceCentsPerYear: 400_000,
      },
      { fundingStream: "WMO", fromCentsPerYear: 1_250_000, toCentsPerYear: 0, differenceCentsPerYear: -1_250_000 },
      { fundingStream: "ZVW", fromCentsPerYear: 0, toCentsPerYear: 480_000, differenceCentsPerYear: 480_000 },
    ]);
    expect(result.streamDifferences.map((d) => d.fundingStream)).toEqual([
      "ONDERWIJSBEKOSTIGING",
      "SWV_BUDGET",
      "JEUGDWET",
      "WMO",
      "ZVW",
      "WLZ",
    ]);
  });

  it("sees a change of stream and payer as a change of the line", () => {
    const moved = EXAMPLE_LINES.map((l) =>
      l.lineKey === "wmo-verzorgingsruimte" ? { ...l, fundingStream: "JEUGDWET" as const } : l,
    );
    expect(compareVersions(EXAMPLE_LINES, moved).changed).toEqual([
      { lineKey: "wmo-verzorgingsruimte", fields: [{ field: "fundingStream", from: "WMO", to: "JEUGDWET" }] },
    ]);
  });

  it("reports nothing for the same lines in another order or re-spaced", () => {
    const same = [...EXAMPLE_LINES].reverse().map((l) => ({ ...l, description: `${l.description} ` }));
    const result = compareVersions(EXAMPLE_LINES, same);
    expect(result).toMatchObject({ added: [], removed: [], changed: [] });
    expect(result.streamDifferences.every((d) => d.differenceCentsPerYear === 0)).toBe(true);
  });
});
