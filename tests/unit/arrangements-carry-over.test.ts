import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approvalsToCarry, lineFingerprint } from "../../lib/arrangements/carry-over";
import { EXAMPLE_LINES, EXAMPLE_META, EXAMPLE_ORGANISATIONS as org } from "../../lib/arrangements/example";
import { requiredParties } from "../../lib/arrangements/parties";
import type { Approval, ArrangementLine } from "../../lib/arrangements/types";

const allApprovedV1: Approval[] = requiredParties(EXAMPLE_LINES).map((p) => ({ partyKey: p.partyKey, versionSeen: 1 }));
const change = (key: string, patch: Partial<ArrangementLine>) =>
  EXAMPLE_LINES.map((l) => (l.lineKey === key ? { ...l, ...patch } : l));
const gemeente = `org:${org.gemeenteBreda}`;
const others = [`org:${org.zorgkantoor}`, `org:${org.swv}`, `org:${org.schoolbestuur}`];

describe("lineFingerprint", () => {
  it("does not depend on key order, the lineKey or re-spacing", () => {
    const line = EXAMPLE_LINES[0]!;
    const reordered = Object.fromEntries(Object.entries(line).reverse()) as unknown as ArrangementLine;
    expect(lineFingerprint(reordered)).toBe(lineFingerprint(line));
    expect(lineFingerprint({ ...line, lineKey: "other" })).toBe(lineFingerprint(line));
    expect(lineFingerprint({ ...line, description: ` ${line.description.replace(" ", "  ")} ` })).toBe(
      lineFingerprint(line),
    );
    expect(lineFingerprint({ ...line, hoursPerWeek: 0.1 + 0.2 })).toBe(lineFingerprint({ ...line, hoursPerWeek: 0.3 }));
  });

  it("changes with every field that matters", () => {
    const line = EXAMPLE_LINES[3]!;
    const changes: Partial<ArrangementLine>[] = [
      { component: "BEHANDELING" },
      { description: "Anders" },
      { fundingStream: "WMO" },
      { payerOrganisationId: "x" },
      { providerOrganisationId: "x" },
      { hoursPerWeek: 20.01 },
      { hoursPerWeek: null },
      { amountCentsPerYear: 5_600_001 },
      { rationale: "Een andere reden." },
    ];
    for (const patch of changes)
      expect(lineFingerprint({ ...line, ...patch }), JSON.stringify(patch)).not.toBe(lineFingerprint(line));
  });
});

describe("approvalsToCarry", () => {
  it("changing only a Jeugdwet amount: the gemeente and the parents approve again", () => {
    const next = change("jeugdwet-begeleiding", { amountCentsPerYear: 6_000_000 });
    const result = approvalsToCarry(EXAMPLE_LINES, next, allApprovedV1);
    expect(result.mustReapprove).toEqual([gemeente, "parents"]);
    expect(result.carried).toEqual(others);
    expect(result.carriedApprovals.every((a) => a.versionSeen === 1)).toBe(true);
  });

  it("adding a line for a new payer: that payer and the parents", () => {
    const fysio: ArrangementLine = {
      ...EXAMPLE_LINES[3]!,
      lineKey: "zvw-fysiotherapie",
      component: "BEHANDELING",
      description: "Fysiotherapie op school",
      fundingStream: "ZVW",
      payerOrganisationId: "org-zorgverzekeraar",
      rationale: "Fysiotherapie is een behandeling op verwijzing en valt onder de Zorgverzekeringswet.",
    };
    const result = approvalsToCarry(EXAMPLE_LINES, [...EXAMPLE_LINES, fysio], allApprovedV1);
    expect(result.mustReapprove).toEqual(["org:org-zorgverzekeraar", "parents"]);
    expect(result.carried).toEqual([gemeente, ...others]);
  });

  it("reordering lines: everything carries", () => {
    const result = approvalsToCarry(EXAMPLE_LINES, [...EXAMPLE_LINES].reverse(), allApprovedV1);
    expect(result).toMatchObject({ carried: [gemeente, ...others, "parents"], mustReapprove: [] });
  });

  it("moving a line to another payer: both payers and the parents", () => {
    const result = approvalsToCarry(
      EXAMPLE_LINES,
      change("wmo-verzorgingsruimte", {
        payerOrganisationId: org.schoolbestuur,
        fundingStream: "ONDERWIJSBEKOSTIGING",
      }),
      allApprovedV1,
    );
    expect(result.mustReapprove).toEqual([gemeente, `org:${org.schoolbestuur}`, "parents"]);
  });

  it("removing one of two identical lines counts as a change", () => {
    const twice = [...EXAMPLE_LINES, { ...EXAMPLE_LINES[5]!, lineKey: "wlz-verzorging-2" }];
    const approvals = requiredParties(twice).map((p) => ({ partyKey: p.partyKey }));
    expect(approvalsToCarry(twice, EXAMPLE_LINES, approvals).mustReapprove).toEqual([
      `org:${org.zorgkantoor}`,
      "parents",
    ]);
  });

  it("carries nothing a party had not approved", () => {
    const result = approvalsToCarry(
      EXAMPLE_LINES,
      EXAMPLE_LINES,
      allApprovedV1.filter((a) => a.partyKey !== `org:${org.swv}`),
    );
    expect(result.mustReapprove).toEqual([`org:${org.swv}`]);
  });

  it("carries nothing when the period changes", () => {
    const meta = { previous: EXAMPLE_META, next: { ...EXAMPLE_META, periodEnd: "2028-07-14" } };
    expect(approvalsToCarry(EXAMPLE_LINES, EXAMPLE_LINES, allApprovedV1, meta).carried).toEqual([]);
    expect(
      approvalsToCarry(EXAMPLE_LINES, EXAMPLE_LINES, allApprovedV1, {
        previous: EXAMPLE_META,
        next: { ...EXAMPLE_META },
      }).mustReapprove,
    ).toEqual([]);
  });

  it("property: carried and mustReapprove split the next version's parties; a permutation carries all", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(EXAMPLE_LINES),
        fc.shuffledSubarray(EXAMPLE_LINES, { minLength: EXAMPLE_LINES.length }),
        (next, permutation) => {
          const result = approvalsToCarry(EXAMPLE_LINES, next, allApprovedV1);
          expect([...result.carried, ...result.mustReapprove].sort()).toEqual(
            requiredParties(next)
              .map((p) => p.partyKey)
              .sort(),
          );
          expect(result.carried.includes("parents")).toBe(next.length === EXAMPLE_LINES.length);
          expect(approvalsToCarry(EXAMPLE_LINES, permutation, allApprovedV1).mustReapprove).toEqual([]);
        },
      ),
    );
  });
});

describe("approvalsToCarry, the parents per child", () => {
  const organisations = allApprovedV1.filter((a) => a.partyKey !== "parents");
  const perChild: (Approval & { childId?: string })[] = [
    ...organisations,
    { partyKey: "parents", childId: "noor", versionSeen: 1 },
    { partyKey: "parents", childId: "daan", versionSeen: 1 },
  ];

  it("nothing changed: every child's approval carries and the parents' approval holds", () => {
    const result = approvalsToCarry(EXAMPLE_LINES, EXAMPLE_LINES, perChild, undefined, ["noor", "daan"]);
    expect(result.carried).toContain("parents");
    expect(result.carriedApprovals.filter((a) => a.partyKey === "parents").map((a) => a.childId)).toEqual([
      "noor",
      "daan",
    ]);
  });

  it("a child joined the group: the others' approvals carry, the parents must still approve (for the new child)", () => {
    const result = approvalsToCarry(EXAMPLE_LINES, EXAMPLE_LINES, perChild, undefined, ["noor", "daan", "mila"]);
    expect(result.mustReapprove).toEqual(["parents"]);
    expect(result.carriedApprovals.filter((a) => a.partyKey === "parents")).toHaveLength(2);
  });

  it("a child left the group: its approval does not carry; the rest is complete", () => {
    const result = approvalsToCarry(EXAMPLE_LINES, EXAMPLE_LINES, perChild, undefined, ["noor"]);
    expect(result.carried).toContain("parents");
    expect(result.carriedApprovals.filter((a) => a.partyKey === "parents").map((a) => a.childId)).toEqual(["noor"]);
  });

  it("a line changed: no child's approval carries", () => {
    const next = change("jeugdwet-begeleiding", { amountCentsPerYear: 6_000_000 });
    const result = approvalsToCarry(EXAMPLE_LINES, next, perChild, undefined, ["noor", "daan"]);
    expect(result.mustReapprove).toContain("parents");
    expect(result.carriedApprovals.some((a) => a.partyKey === "parents")).toBe(false);
  });

  it("an approval from before approvals named a child, or a group without children: the parents must approve", () => {
    expect(approvalsToCarry(EXAMPLE_LINES, EXAMPLE_LINES, allApprovedV1, undefined, ["noor"]).mustReapprove).toEqual([
      "parents",
    ]);
    expect(approvalsToCarry(EXAMPLE_LINES, EXAMPLE_LINES, perChild, undefined, []).mustReapprove).toEqual(["parents"]);
  });
});
