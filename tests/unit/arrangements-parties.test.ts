import { describe, expect, it } from "vitest";
import { EXAMPLE_LINES, EXAMPLE_ORGANISATIONS as org } from "../../lib/arrangements/example";
import {
  approvedPartyKeys,
  childrenWaiting,
  linesOfParty,
  mayApproveLine,
  organisationPartyKey,
  parsePartyKey,
  requiredParties,
} from "../../lib/arrangements/parties";
import type { ArrangementLine } from "../../lib/arrangements/types";

const byKey = (key: string) => EXAMPLE_LINES.find((l) => l.lineKey === key)!;

describe("required parties of a realistic arrangement", () => {
  const parties = requiredParties(EXAMPLE_LINES);

  it("are the paying organisations in their roles, then the parents", () => {
    expect(parties.map((p) => (p.kind === "ORGANISATION" ? `${p.partyKey} ${p.role}` : p.partyKey))).toEqual([
      `org:${org.gemeenteBreda} GEMEENTE`,
      `org:${org.zorgkantoor} ZORGKANTOOR`,
      `org:${org.swv} SWV`,
      `org:${org.schoolbestuur} SCHOOLBESTUUR`,
      "parents",
    ]);
  });

  it("group the gemeente's Jeugdwet and Wmo lines into one party", () => {
    const gemeente = parties.find((p) => p.partyKey === organisationPartyKey(org.gemeenteBreda));
    expect(gemeente).toMatchObject({
      fundingStreams: ["JEUGDWET", "WMO"],
      lineKeys: ["jeugdwet-begeleiding", "wmo-verzorgingsruimte"],
    });
  });

  it("give the school board its education lines and the parents every line", () => {
    expect(parties.find((p) => p.partyKey === `org:${org.schoolbestuur}`)?.lineKeys).toEqual([
      "onderwijs-leerkracht",
      "onderwijs-ib",
    ]);
    expect(parties.at(-1)).toEqual({
      kind: "PARENTS",
      partyKey: "parents",
      lineKeys: EXAMPLE_LINES.map((l) => l.lineKey),
    });
  });

  it("do not include the provider, who pays for nothing", () => {
    expect(parties.some((p) => p.kind === "ORGANISATION" && p.organisationId === org.zorgaanbieder)).toBe(false);
  });

  it("do not depend on the order of the lines", () => {
    expect(requiredParties([...EXAMPLE_LINES].reverse()).map((p) => p.partyKey)).toEqual(
      parties.map((p) => p.partyKey),
    );
  });

  it("are only the parents for a version without lines", () => {
    expect(requiredParties([])).toEqual([{ kind: "PARENTS", partyKey: "parents", lineKeys: [] }]);
  });
});

describe("roles", () => {
  const line = (lineKey: string, fundingStream: ArrangementLine["fundingStream"], payer: string): ArrangementLine => ({
    ...EXAMPLE_LINES[0]!,
    lineKey,
    fundingStream,
    payerOrganisationId: payer,
  });

  it("are the payer for Zvw, pgb and other subsidies", () => {
    const parties = requiredParties([
      line("a", "ZVW", "verzekeraar"),
      line("b", "PGB", "gemeente-x"),
      line("c", "SUBSIDIE_OVERIG", "fonds"),
    ]);
    expect(parties.filter((p) => p.kind === "ORGANISATION").map((p) => p.kind === "ORGANISATION" && p.role)).toEqual([
      "PAYER",
      "PAYER",
      "PAYER",
    ]);
  });

  it("prefer the statutory role when one payer pays from several streams", () => {
    const [gemeente] = requiredParties([line("a", "SUBSIDIE_OVERIG", "breda"), line("b", "JEUGDWET", "breda")]);
    expect(gemeente).toMatchObject({
      role: "GEMEENTE",
      fundingStreams: ["JEUGDWET", "SUBSIDIE_OVERIG"],
      lineKeys: ["a", "b"],
    });
  });
});

describe("mayApproveLine", () => {
  const jeugdwet = byKey("jeugdwet-begeleiding");

  it("lets the payer approve its own line and nobody else's", () => {
    expect(mayApproveLine(`org:${org.gemeenteBreda}`, jeugdwet)).toBe(true);
    expect(mayApproveLine(`org:${org.zorgaanbieder}`, jeugdwet)).toBe(false);
    expect(mayApproveLine(`org:${org.swv}`, jeugdwet)).toBe(false);
  });

  it("covers every line for the parents and none for unknown keys", () => {
    expect(EXAMPLE_LINES.every((l) => mayApproveLine("parents", l))).toBe(true);
    expect(mayApproveLine("org:", jeugdwet)).toBe(false);
    expect(mayApproveLine(org.gemeenteBreda, jeugdwet)).toBe(false);
    expect(linesOfParty(`org:${org.zorgkantoor}`, EXAMPLE_LINES).map((l) => l.lineKey)).toEqual(["wlz-verzorging"]);
  });

  it("parses party keys", () => {
    expect(parsePartyKey("org:abc")).toEqual({ kind: "ORGANISATION", organisationId: "abc" });
    expect(parsePartyKey("parents")).toEqual({ kind: "PARENTS" });
    expect(parsePartyKey("user:abc")).toBeNull();
  });

  it("counts the parents as approved only when every child of the group has an approval", () => {
    const gemeente = { partyKey: `org:${org.gemeenteBreda}` };
    const noor = { partyKey: "parents", childId: "noor" };
    const daan = { partyKey: "parents", childId: "daan" };
    expect(approvedPartyKeys([gemeente, noor], ["noor", "daan"])).toEqual([gemeente.partyKey]);
    expect(childrenWaiting([gemeente, noor], ["noor", "daan"])).toEqual(["daan"]);
    expect(approvedPartyKeys([gemeente, noor, daan], ["noor", "daan"]).sort()).toEqual(
      [gemeente.partyKey, "parents"].sort(),
    );
    // No children in the group: the parents cannot approve yet; an approval naming no child counts for none.
    expect(approvedPartyKeys([noor, { partyKey: "parents", childId: null }], [])).toEqual([]);
    expect(approvedPartyKeys([{ partyKey: "parents", childId: null }], ["noor"])).toEqual([]);
  });
});
