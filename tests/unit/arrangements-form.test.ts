import { describe, expect, it } from "vitest";
import { formToConcept, ZSaveConcept } from "../../lib/arrangements/form";

const row = (i: number, over: Record<string, string> = {}) =>
  Object.fromEntries(
    Object.entries({
      lineKey: "",
      component: "BEGELEIDING",
      description: "Begeleiding in de groep",
      fundingStream: "JEUGDWET",
      payerOrganisationId: "org_gm0758",
      providerOrganisationId: "org_zrg_baronie",
      hoursPerWeek: "12,5",
      amount: "€ 12.345,67",
      rationale: "Individuele begeleiding valt onder de Jeugdwet.",
      ...over,
    }).map(([k, v]) => [`lines.${i}.${k}`, v]),
  );

const form = {
  initiativeId: "ini_breda",
  versionId: "v1",
  lockVersion: "3",
  scenario: "SCENARIO_1",
  periodStart: "2027-08-01",
  periodEnd: "2028-07-31",
  groupSize: "6",
};

describe("formToConcept", () => {
  it("turns flat line fields into an ordered array, closing gaps left by removed rows", () => {
    const out = formToConcept({
      ...form,
      ...row(4, { lineKey: "b", description: "vier" }),
      ...row(0, { lineKey: "a", description: "nul" }),
    }) as { lines: { lineKey: string; description: string }[]; scenario: string };
    expect(out.scenario).toBe("SCENARIO_1");
    expect(out.lines.map((l) => [l.lineKey, l.description])).toEqual([
      ["a", "nul"],
      ["b", "vier"],
    ]);
    expect(Object.keys(out).some((k) => k.startsWith("lines."))).toBe(false);
  });

  it("gives new rows a fresh random key and keeps existing keys", () => {
    const out = formToConcept({ ...form, ...row(0, { lineKey: "bestaand" }), ...row(1), ...row(2) }) as {
      lines: { lineKey: string }[];
    };
    const [a, b, c] = out.lines.map((l) => l.lineKey);
    expect(a).toBe("bestaand");
    expect(b).toMatch(/^l_[a-f0-9]{16}$/);
    expect(c).not.toBe(b);
  });

  it("leaves structured input alone and yields an empty list without rows", () => {
    const structured = { ...form, lines: [{ lineKey: "x" }] };
    expect(formToConcept(structured)).toBe(structured);
    expect((formToConcept(form) as { lines: unknown[] }).lines).toEqual([]);
  });

  it("parses through the save schema: euro text to cents, errors on the line's own field", () => {
    const ok = ZSaveConcept.safeParse({ ...form, ...row(0, { lineKey: "a" }) });
    expect(ok.success && ok.data.lines[0]).toMatchObject({
      lineKey: "a",
      amountCentsPerYear: 1_234_567,
      hoursPerWeek: 12.5,
    });
    expect(ok.success && ok.data.lockVersion).toBe(3);
    const bad = ZSaveConcept.safeParse({ ...form, ...row(0), ...row(1, { amount: "twaalf", rationale: "" }) });
    const paths = bad.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(paths).toEqual(
      expect.arrayContaining(["lines.1.amount:amountInvalid", "lines.1.rationale:rationaleRequired"]),
    );
    const empty = ZSaveConcept.safeParse(form);
    expect(empty.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual(["lines:linesRequired"]);
  });
});
