// Children of an initiative: who adds them, who becomes a guardian, bad input. Every refusal
// leaves every row unchanged (row snapshots, not only the audit count).
import { ID } from "../support/demo";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { addChild } from "../../lib/children/add-child";
import { acceptGuardianInvitation, confirmGuardian, inviteGuardian } from "../../lib/children/guardians";
import { giveMandate } from "../../lib/children/mandates";
import { childCountsFor } from "./support/authorised";
import { ZAddChild, ZGiveConsent, ZUpdateChild } from "../../lib/children/schemas";
import { updateChild } from "../../lib/children/update-child";
import { bredaChild, expectUnchanged } from "./support/children-fixtures";
import { actorFor, freshDemoWorldWithoutChildren } from "./support/world";

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorldWithoutChildren();
});

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("adding a child", () => {
  it("the founding parent's first child has them as confirmed guardian; the audit names no child", async () => {
    const { ouder, childId } = await bredaChild(db);
    const guardian = await db.childGuardian.findFirstOrThrow({ where: { childId } });
    expect(guardian).toMatchObject({ userId: ouder.userId, status: "CONFIRMED", confirmedById: ouder.userId });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "child.added", entityId: childId } });
    expect(JSON.stringify(event.summary)).not.toContain("Noor");
    // Child events stay off the initiative's shared timeline.
    expect(event.initiativeId).toBeNull();
  });

  it("another parent's child waits until a confirmed guardian confirms; nobody confirms themself", async () => {
    await bredaChild(db);
    const linda = await actorFor(db, "stichting@demo.test", "persoonlijk");
    const { childId, guardianConfirmed } = await addChild(db, linda, {
      initiativeId: ID.breda,
      displayName: "Mo",
      birthYear: 2017,
    });
    expect(guardianConfirmed).toBe(false);
    const request = await db.childGuardian.findFirstOrThrow({ where: { childId } });
    expect(request).toMatchObject({ status: "INVITED", invitedById: linda.userId });
    // Not yet a child of the group.
    expect((await childCountsFor(db, linda, ID.breda)).children).toBe(1);
    await expectUnchanged(db, () => confirmGuardian(db, linda, { guardianId: request.id }), {
      name: "NotFoundError",
    });
    const sanne = await actorFor(db, "ouder@demo.test");
    await confirmGuardian(db, sanne, { guardianId: request.id });
    expect((await db.childGuardian.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("CONFIRMED");
    expect((await childCountsFor(db, sanne, ID.breda)).children).toBe(2);
  });

  it("organisations do not add children (403), and nobody outside sees the initiative (404)", async () => {
    const school = await actorFor(db, "school@demo.test");
    await expectUnchanged(
      db,
      () => addChild(db, school, { initiativeId: ID.breda, displayName: "Noor", birthYear: 2018 }),
      { name: "ForbiddenError" },
    );
    const alkmaar = await actorFor(db, "gemeente.alkmaar@demo.test");
    await expectUnchanged(
      db,
      () => addChild(db, alkmaar, { initiativeId: ID.breda, displayName: "Noor", birthYear: 2018 }),
      { name: "NotFoundError" },
    );
  });

  it("a care provider's employee who also joined as a parent cannot add a child (403)", async () => {
    const joyce = await actorFor(db, "ouder.zorg@demo.test", "persoonlijk");
    expect(joyce.workspace.kind).toBe("PERSONAL");
    await expectUnchanged(
      db,
      () => addChild(db, joyce, { initiativeId: ID.breda, displayName: "Sem", birthYear: 2018 }),
      {
        name: "ForbiddenError",
      },
    );
  });
});

describe("bad input on a child", () => {
  it("refuses a missing name, a BSN as name and impossible birth years, with Dutch message keys", () => {
    const year = new Date().getUTCFullYear();
    expect(issues(ZAddChild.safeParse({ initiativeId: ID.breda, displayName: " ", birthYear: "2018" }))).toEqual({
      displayName: "displayNameRequired",
    });
    expect(issues(ZAddChild.safeParse({ initiativeId: ID.breda, displayName: "123456782", birthYear: 2018 }))).toEqual({
      displayName: "displayNameLooksLikeBsn",
    });
    expect(
      issues(ZAddChild.safeParse({ initiativeId: ID.breda, displayName: "1234.56.782", birthYear: 2018 })),
    ).toEqual({
      displayName: "displayNameLooksLikeBsn",
    });
    expect(
      issues(ZAddChild.safeParse({ initiativeId: ID.breda, displayName: "Noor", birthYear: String(year + 1) })),
    ).toEqual({ birthYear: "birthYearOutOfRange" });
    expect(issues(ZAddChild.safeParse({ initiativeId: ID.breda, displayName: "Noor", birthYear: "1995" }))).toEqual({
      birthYear: "birthYearOutOfRange",
    });
    expect(issues(ZAddChild.safeParse({ initiativeId: ID.breda, displayName: "Noor", birthYear: "twee" }))).toEqual({
      birthYear: "birthYearInvalid",
    });
    expect(ZAddChild.safeParse({ initiativeId: ID.breda, displayName: "N.V.", birthYear: "2018" }).success).toBe(true);
  });

  it("refuses consent without a scope and a deviation from teaching time without a reason", () => {
    expect(issues(ZGiveConsent.safeParse({ childId: "c", organisationId: "o", scopes: [] }))).toEqual({
      scopes: "chooseScope",
    });
    expect(issues(ZGiveConsent.safeParse({ childId: "c", organisationId: "o" }))).toEqual({ scopes: "chooseScope" });
    const edit = { childId: "c", version: "1", displayName: "Noor", birthYear: "2018" };
    expect(issues(ZUpdateChild.safeParse({ ...edit, oppDeviatesFromTeachingTime: "on" }))).toEqual({
      oppDeviationReason: "deviationReasonRequired",
    });
    expect(issues(ZUpdateChild.safeParse({ ...edit, tlvFrom: "2026-08-01", tlvTo: "2025-08-01" }))).toEqual({
      tlvTo: "childPeriodEndBeforeStart",
    });
  });
});

describe("editing a child", () => {
  it("records changed field names and the version, and refuses a stale version", async () => {
    const { ouder, childId } = await bredaChild(db);
    const input = ZUpdateChild.parse({
      childId,
      version: "1",
      displayName: "Noor",
      birthYear: "2018",
      tlvStatus: "TOEGEKEND",
      tlvCategory: "HOOG",
      oppPresent: "on",
      oppDeviatesFromTeachingTime: "on",
      oppDeviationReason: "Rust na de middag, afgestemd met de arts",
      schoolId: ID.vlinderboom,
    });
    expect(await updateChild(db, ouder, input)).toMatchObject({ version: 2 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "child.updated", entityId: childId } });
    expect(event.summary).toEqual({
      changed: [
        "schoolId",
        "tlvStatus",
        "tlvCategory",
        "oppPresent",
        "oppDeviatesFromTeachingTime",
        "oppDeviationReason",
      ],
      version: 2,
    });
    expect(JSON.stringify(event.summary)).not.toContain("arts");
    await expectUnchanged(db, () => updateChild(db, ouder, { ...input, displayName: "N." }), {
      name: "ConflictError",
    });
  });

  it("a school with a bad school id gets a field error and nothing changes", async () => {
    const { ouder, childId } = await bredaChild(db);
    const input = ZUpdateChild.parse({
      childId,
      version: "1",
      displayName: "Noor",
      birthYear: "2018",
      schoolId: ID.gemeenteBreda,
    });
    await expectUnchanged(db, () => updateChild(db, ouder, input), { field: "schoolId", messageKey: "chooseSchool" });
  });
});

describe("guardians", () => {
  it("a guardian invites a parent of the initiative, who accepts; others cannot invite", async () => {
    const { ouder, childId } = await bredaChild(db);
    const { guardianId } = await inviteGuardian(db, ouder, { childId, email: "stichting@demo.test" });
    const linda = await actorFor(db, "stichting@demo.test", "persoonlijk");
    await acceptGuardianInvitation(db, linda, { guardianId });
    expect((await db.childGuardian.findUniqueOrThrow({ where: { id: guardianId } })).status).toBe("CONFIRMED");
    // The school sees no child without consent: 404, not 403.
    const school = await actorFor(db, "school@demo.test");
    await expectUnchanged(db, () => inviteGuardian(db, school, { childId, email: "ouder.made@demo.test" }), {
      name: "NotFoundError",
    });
  });

  it("refuses an address already in the initiative in another role, and one not in it, on the field", async () => {
    const { ouder, childId } = await bredaChild(db);
    // Joyce works for the zorgaanbieder of this initiative and also joined as a parent.
    await expectUnchanged(db, () => inviteGuardian(db, ouder, { childId, email: "ouder.zorg@demo.test" }), {
      field: "email",
      messageKey: "guardianInOtherRole",
    });
    await expectUnchanged(db, () => inviteGuardian(db, ouder, { childId, email: "zorg@demo.test" }), {
      field: "email",
      messageKey: "guardianInOtherRole",
    });
    await expectUnchanged(db, () => inviteGuardian(db, ouder, { childId, email: "ouder.made@demo.test" }), {
      field: "email",
      messageKey: "guardianNotInInitiative",
    });
  });

  it("a mandate goes to another confirmed guardian of the initiative only", async () => {
    const { ouder, childId } = await bredaChild(db);
    const linda = await actorFor(db, "stichting@demo.test", "persoonlijk");
    await expectUnchanged(db, () => giveMandate(db, ouder, { childId, toUserId: linda.userId }), {
      field: "toUserId",
      messageKey: "mandateToGuardian",
    });
    const { childId: mo } = await addChild(db, linda, { initiativeId: ID.breda, displayName: "Mo", birthYear: 2017 });
    const request = await db.childGuardian.findFirstOrThrow({ where: { childId: mo } });
    await confirmGuardian(db, ouder, { guardianId: request.id });
    const { mandateId } = await giveMandate(db, ouder, { childId, toUserId: linda.userId });
    expect(await db.guardianMandate.findUniqueOrThrow({ where: { id: mandateId } })).toMatchObject({
      fromUserId: ouder.userId,
      toUserId: linda.userId,
      revokedAt: null,
    });
  });
});
