// What the children's pages read and how their forms reach the domain: the list (counts for all,
// details only where allowed), a child in the parts one may see (404 otherwise, also under another
// initiative's address), the guardians-only edit page (403 for those who see the child through
// consent), and the care form's Dutch input. Every refusal leaves every row unchanged.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { runAsActor } from "../../lib/auth/actor-override";
import { addChildAction, removeCareAction, saveCareAction, updateChildAction } from "../../lib/children/actions";
import { ZCareForm } from "../../lib/children/care-form";
import { removeCare } from "../../lib/children/remove-care";
import { ZUpdateChild } from "../../lib/children/schemas";
import { updateChild } from "../../lib/children/update-child";
import type { Db } from "../../lib/db/client";
import { loadChildEditor, loadChildPage } from "../../lib/pages/child";
import { loadChildrenPage } from "../../lib/pages/children";
import { childRowsSnapshot, expectUnchanged } from "./support/children-fixtures";
import { actorFor, freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let db: Db;
const noor = ID.noor;
const daan = ID.daan;
beforeEach(async () => {
  db = await freshDemoWorld();
});
// forbidden() answers only with the flag the app's next.config sets.
beforeAll(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
});
afterAll(() => {
  delete process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS;
});

const as = async <T>(email: string, fn: () => Promise<T>, workspace?: string) =>
  runAsActor(await actorFor(db, email, workspace), fn);
/** The HTTP status a page interrupt (notFound(), forbidden()) would answer with. */
const statusOf = (fn: () => Promise<unknown>) =>
  fn().then(
    () => 200,
    (e: { digest?: string }) => Number(String(e.digest).split(";")[1]),
  );

describe("the children's list", () => {
  it("shows everyone who sees the initiative the counts, and details only of the children they may see", async () => {
    const parent = await as("ouder@demo.test", () => loadChildrenPage(ID.breda));
    expect(parent.counts).toMatchObject({ children: 2 });
    expect(parent.children.map((c) => c.displayName)).toEqual(["Noor"]);
    expect(parent.canAdd).toBe(true);

    const zorg = await as("zorg@demo.test", () => loadChildrenPage(ID.breda));
    expect(zorg.children.map((c) => [c.displayName, c.onderwijs, c.care?.[0]?.budgetCentsPerYear])).toEqual([
      ["Daan", null, null],
    ]);
    expect(zorg.canAdd).toBe(false);

    for (const email of ["swv@demo.test", "steunpunt@demo.test", "swv.lezer@demo.test"]) {
      const overseer = await as(email, () => loadChildrenPage(ID.breda));
      expect(overseer.counts.children, email).toBe(2);
      expect(overseer.children, email).toEqual([]);
    }
    expect(await statusOf(() => as("gemeente.alkmaar@demo.test", () => loadChildrenPage(ID.breda)))).toBe(404);
  });

  it("offers adding a child to a parent only, never to a care provider's employee who joined as a parent", async () => {
    expect((await as("ouder.zorg@demo.test", () => loadChildrenPage(ID.breda), "persoonlijk")).canAdd).toBe(false);
    expect((await as("school@demo.test", () => loadChildrenPage(ID.breda))).canAdd).toBe(false);
  });
});

describe("a child's page", () => {
  it("shows the parts of the viewer's scopes and logs the view; others get 404", async () => {
    const school = await as("school@demo.test", () => loadChildPage(ID.breda, noor));
    expect(school.child.onderwijs?.tlv.status).toBe("TOEGEKEND");
    expect(school.child.care).toBeNull();
    expect(school.child.canEdit).toBe(false);
    const gemeente = await as("gemeente@demo.test", () => loadChildPage(ID.breda, daan));
    expect(gemeente.child.onderwijs).toBeNull();
    expect(gemeente.child.care?.[0]?.budgetCentsPerYear).toBe(1_850_000);
    expect(await db.auditEvent.count({ where: { action: "child.viewed", entityId: noor } })).toBe(1);

    for (const email of ["zorg@demo.test", "swv@demo.test", "steunpunt@demo.test", "gemeente@demo.test"])
      expect(await statusOf(() => as(email, () => loadChildPage(ID.breda, noor))), email).toBe(404);
    expect(await statusOf(() => as("ouder@demo.test", () => loadChildPage(ID.breda, daan)))).toBe(404);
  });

  it("is a 404 under another initiative's address, without a logged view", async () => {
    // Noor's parent also takes part in Made, so both the initiative and the child are visible to her.
    await db.initiativeParticipant.create({
      data: { initiativeId: ID.made, userId: ID.ouder, role: "OUDER", status: "ACTIVE" },
    });
    expect((await as("ouder@demo.test", () => loadChildrenPage(ID.made))).counts.children).toBe(0);
    const before = await childRowsSnapshot(db);
    expect(await statusOf(() => as("ouder@demo.test", () => loadChildPage(ID.made, noor)))).toBe(404);
    expect(await childRowsSnapshot(db)).toEqual(before);
  });

  it("the edit page is the guardian's: 403 for those who see the child through consent, 404 for the rest", async () => {
    const editor = await as("ouder@demo.test", () => loadChildEditor(ID.breda, noor));
    expect(editor.schools.map((s) => s.value)).toContain(ID.vlinderboom);
    expect(editor.providers.map((p) => p.value)).toContain(ID.kinderzorgBaronie);
    expect(await statusOf(() => as("school@demo.test", () => loadChildEditor(ID.breda, noor)))).toBe(403);
    expect(await statusOf(() => as("zorg@demo.test", () => loadChildEditor(ID.breda, daan)))).toBe(403);
    expect(await statusOf(() => as("zorg@demo.test", () => loadChildEditor(ID.breda, noor)))).toBe(404);
  });
});

describe("the forms' actions", () => {
  it("adds a child for a parent; a bad birth year is a Dutch field error and nothing is saved", async () => {
    const before = await childRowsSnapshot(db);
    const bad = await as("ouder@demo.test", () =>
      addChildAction(null, { initiativeId: ID.breda, displayName: "Sem", birthYear: "1990" }),
    );
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { birthYear: ["birthYearOutOfRange"] } });
    expect(await childRowsSnapshot(db)).toEqual(before);
    const good = await as("ouder@demo.test", () =>
      addChildAction(null, { initiativeId: ID.breda, displayName: "Sem", birthYear: "2019" }),
    );
    expect(good).toMatchObject({ ok: true, data: { guardianConfirmed: true } });
    expect((await as("ouder@demo.test", () => loadChildrenPage(ID.breda))).children.map((c) => c.displayName)).toEqual([
      "Noor",
      "Sem",
    ]);
  });

  it("a stale version of the child is a conflict, not an overwrite", async () => {
    const edit = { childId: noor, version: "1", displayName: "Noor", birthYear: "2018", tlvStatus: "TOEGEKEND" };
    expect(
      await as("ouder@demo.test", () => updateChildAction(null, { ...edit, tlvCategory: "MIDDEN" })),
    ).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    const before = await childRowsSnapshot(db);
    const stale = await as("ouder@demo.test", () => updateChildAction(null, { ...edit, tlvCategory: "LAAG" }));
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", current: { version: 2 } });
    expect(await childRowsSnapshot(db)).toEqual(before);
    expect((await db.child.findUniqueOrThrow({ where: { id: noor } })).tlvCategory).toBe("MIDDEN");
  });

  it("care takes Dutch hours and euros, stored exactly; bad amounts are field errors", async () => {
    expect(
      ZCareForm.parse({
        childId: noor,
        fundingStream: "ZVW",
        status: "TOEGEKEND",
        hoursPerWeek: "12,5",
        budgetPerYear: "24.000,50",
      }),
    ).toMatchObject({ hoursPerWeekHundredths: 1250, budgetCentsPerYear: 2_400_050, careId: "", version: 0 });
    const before = await childRowsSnapshot(db);
    const bad = await as("ouder@demo.test", () =>
      saveCareAction(null, {
        childId: noor,
        fundingStream: "ZVW",
        status: "TOEGEKEND",
        hoursPerWeek: "twaalf",
        budgetPerYear: "-5",
      }),
    );
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { hoursPerWeek: ["careHoursInvalid"], budgetPerYear: ["careAmountInvalid"] },
    });
    const none = await as("ouder@demo.test", () =>
      saveCareAction(null, { childId: noor, fundingStream: "ZVW", status: "TOEGEKEND" }),
    );
    expect(none).toMatchObject({ ok: false, fieldErrors: { hoursPerWeek: ["hoursOrBudget"] } });
    expect(await childRowsSnapshot(db)).toEqual(before);

    const added = await as("ouder@demo.test", () =>
      saveCareAction(null, { childId: noor, fundingStream: "PGB", status: "AANGEVRAAGD", budgetPerYear: "1.250" }),
    );
    expect(added).toMatchObject({ ok: true, data: { added: true, version: 1 } });
    const row = await db.childCare.findFirstOrThrow({ where: { childId: noor, fundingStream: "PGB" } });
    expect(row).toMatchObject({ budgetCentsPerYear: 125_000, hoursPerWeekHundredths: null });
  });

  it("a guardian removes a care row (audited, no amounts); stale or foreign removals change nothing", async () => {
    const ouder = await actorFor(db, "ouder@demo.test");
    const care = await db.childCare.findFirstOrThrow({ where: { childId: noor } });
    await expectUnchanged(db, () => removeCare(db, ouder, { childId: noor, careId: care.id, version: 99 }), {
      name: "ConflictError",
    });
    const daanCare = await db.childCare.findFirstOrThrow({ where: { childId: daan } });
    // A care row of another child, named through a child one guards: not found.
    await expectUnchanged(db, () => removeCare(db, ouder, { childId: noor, careId: daanCare.id, version: 1 }), {
      name: "NotFoundError",
    });
    const zorg = await actorFor(db, "zorg@demo.test");
    await expectUnchanged(db, () => removeCare(db, zorg, { childId: daan, careId: daanCare.id, version: 1 }), {
      name: "ForbiddenError",
    });
    const removed = await runAsActor(ouder, () =>
      removeCareAction(null, { childId: noor, careId: care.id, version: String(care.version) }),
    );
    expect(removed).toMatchObject({ ok: true });
    expect(await db.childCare.count({ where: { id: care.id } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "child_care.removed", entityId: noor } });
    expect(event.summary).toEqual({ careId: care.id, fundingStream: "WLZ", version: care.version });
  });

  it("organisations that see a child through consent may not change it (403), whatever their scope", async () => {
    for (const email of ["zorg@demo.test", "gemeente@demo.test", "school@demo.test"]) {
      const actor = await actorFor(db, email);
      const input = ZUpdateChild.parse({ childId: daan, version: "1", displayName: "D.", birthYear: "2019" });
      await expectUnchanged(db, () => updateChild(db, actor, input), { name: "ForbiddenError" });
    }
  });
});
