// The demo children make every need-to-know rule visible with the README's demo accounts. This
// test is the README's "Who sees which child" table: if the seed or a rule changes, it fails.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { PERSONAL_WORKSPACE } from "../../lib/policy/actor";
import { seedDemo } from "../../lib/seed/seed-demo";
import { childrenOfInitiativeFor } from "./support/authorised";
import { actorFor, freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";

let db: Db;
beforeAll(async () => {
  db = await freshDemoWorld();
});

async function seenBy(email: string, initiativeId: string, workspaceKey?: string) {
  const { counts, children } = await childrenOfInitiativeFor(db, await actorFor(db, email, workspaceKey), initiativeId);
  return {
    counts: counts.children,
    details: Object.fromEntries(
      children.map((c) => [c.displayName, c.access.kind === "GUARDIAN" ? "ALL" : c.access.scopes.join("+")]),
    ),
  };
}

describe("demo children: who sees which child", () => {
  it.each([
    ["ouder@demo.test", { Noor: "ALL" }],
    ["stichting@demo.test", { Daan: "ALL" }, PERSONAL_WORKSPACE],
    ["school@demo.test", { Daan: "ONDERWIJS", Noor: "ONDERWIJS" }],
    ["leerkracht@demo.test", { Daan: "ONDERWIJS", Noor: "ONDERWIJS" }],
    ["zorg@demo.test", { Daan: "ZORG" }],
    ["gemeente@demo.test", { Daan: "FINANCIERING" }],
    // A parent who works for the participating care provider is no guardian; her employer sees Daan.
    ["ouder.zorg@demo.test", {}, PERSONAL_WORKSPACE],
    ["gemeente.lezer@demo.test", {}],
    ["swv.lezer@demo.test", {}],
    ["swv@demo.test", {}],
    ["steunpunt@demo.test", {}],
  ] as const)("Breda as %s", async (email, details, workspace?: string) => {
    expect(await seenBy(email, ID.breda, workspace)).toEqual({ counts: 2, details });
  });

  it.each([
    ["ouder.alkmaar@demo.test", { Jesse: "ALL", Mila: "ALL" }, PERSONAL_WORKSPACE],
    ["school.alkmaar@demo.test", { Jesse: "ONDERWIJS", Mila: "ONDERWIJS" }],
    // Consent withdrawn: the gemeente sees the numbers only.
    ["gemeente.alkmaar@demo.test", {}],
    ["steunpunt@demo.test", {}],
  ] as const)("Alkmaar as %s", async (email, details, workspace?: string) => {
    expect(await seenBy(email, ID.alkmaar, workspace)).toEqual({ counts: 2, details });
  });

  it("keeps the withdrawn consent in the history, and a second seed run adds no child", async () => {
    const mila = await db.childConsent.findMany({ where: { childId: ID.mila }, orderBy: { id: "asc" } });
    expect(mila.filter((c) => c.withdrawnAt !== null).map((c) => c.organisationId)).toEqual([ID.gemeenteAlkmaar]);
    const before = await db.child.findMany({ orderBy: { id: "asc" } });
    expect(before.every((c) => c.fictitious)).toBe(true);
    await seedDemo(db);
    expect(await db.child.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});
