// Consent, guardians and mandates: only a confirmed guardian, in the personal workspace, acts for
// a child. An organisation that sees the child through consent may not (403); everyone else,
// including a parent who works for the care provider and a guardian in an organisation's
// workspace, does not see the child at all (404).
import type { Db } from "../../../lib/db/client";
import { giveConsent } from "../../../lib/children/consent";
import type { Case, ExtraActor } from "./support";
import { expect_ } from "./support";
import { ID } from "../../support/demo";
import { actorFor } from "../support/world";

const SANNE = "ouder@demo.test";
const LINDA = "stichting@demo.test";
const JOYCE = "ouder.zorg@demo.test";

const userId = async (db: Db, email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;

/** A Breda child of which the person is a confirmed guardian (the seeded one, or a new one). */
async function childOf(db: Db, email: string, name: string) {
  const id = await userId(db, email);
  const found = await db.child.findFirst({
    where: { initiativeId: ID.breda, guardians: { some: { userId: id, status: "CONFIRMED" } } },
    orderBy: { createdAt: "asc" },
  });
  if (found) return found.id;
  const child = await db.child.create({
    data: {
      initiativeId: ID.breda,
      displayName: name,
      birthYear: 2018,
      createdById: id,
      guardians: { create: { userId: id, status: "CONFIRMED", confirmedById: id, confirmedAt: new Date() } },
    },
  });
  return child.id;
}

/** Sanne's child (Noor), with consent of De Vlinderboom for onderwijs, so the school sees it. */
async function noor(db: Db) {
  const childId = await childOf(db, SANNE, "Noor");
  const holding = await db.childConsent.findFirst({
    where: { childId, organisationId: ID.vlinderboom, scope: "ONDERWIJS", withdrawnAt: null, endsOn: null },
  });
  if (!holding) {
    const sanne = await actorFor(db, SANNE);
    await giveConsent(db, sanne, { childId, organisationId: ID.vlinderboom, scopes: ["ONDERWIJS"], endsOn: null });
  }
  return childId;
}

/** Linda's child (Daan): Linda is a confirmed guardian in Breda, so she can receive a mandate. */
const daan = (db: Db) => childOf(db, LINDA, "Daan");

const lindaAsStichting = async (db: Db) =>
  (
    await db.organisation.findFirstOrThrow({
      where: { kind: "OUDERINITIATIEF", memberships: { some: { user: { email: LINDA } } } },
    })
  ).id;
const personal = async () => "persoonlijk";

const childRows = (db: Db) =>
  db.child.findMany({
    where: { initiativeId: ID.breda },
    orderBy: { id: "asc" },
    select: {
      id: true,
      version: true,
      guardians: { orderBy: { id: "asc" }, select: { id: true, status: true, confirmedById: true } },
      consents: { orderBy: { id: "asc" }, select: { id: true, withdrawnAt: true, scope: true } },
      mandates: { orderBy: { id: "asc" }, select: { id: true, revokedAt: true } },
    },
  });

// The guardian acts; the school and its medewerker see Noor through consent but may not act for
// her (403); everyone else does not see her (404).
const noorsGuardian = expect_({ ouder: "ok", school: "FORBIDDEN", leerkracht: "FORBIDDEN" }, "NOT_FOUND");

/** The parent who works for Kinderzorg Baronie, in her personal workspace: never a guardian. */
const joyce: ExtraActor = { email: JOYCE, workspace: personal, expected: "NOT_FOUND" };

/** Linda on her own child: allowed as a parent, not from the stichting's workspace. */
function lindaOnDaan(input: (db: Db) => Promise<Record<string, unknown>>): Record<string, ExtraActor> {
  return {
    "stichting (guardian) in the stichting's workspace": {
      email: LINDA,
      workspace: lindaAsStichting,
      input,
      expected: "NOT_FOUND",
    },
    "stichting (guardian) in the personal workspace": { email: LINDA, workspace: personal, input, expected: "ok" },
  };
}

export const entries: Record<string, Case> = {
  "lib/children/consent-actions.ts#giveConsentAction": {
    input: async (db) => ({ childId: await noor(db), organisationId: ID.kinderzorgBaronie, "scopes.0": "ZORG" }),
    expected: noorsGuardian,
    rows: childRows,
    also: {
      "ouder.zorg (personal)": joyce,
      // The SWV holds no consent for Daan, so giving it is a change.
      ...lindaOnDaan(async (db) => ({ childId: await daan(db), organisationId: ID.swvBreda, scopes: ["ONDERWIJS"] })),
    },
  },
  "lib/children/consent-actions.ts#withdrawConsentAction": {
    input: async (db) => {
      const childId = await noor(db);
      const consent = await db.childConsent.findFirstOrThrow({
        where: { childId, organisationId: ID.vlinderboom, withdrawnAt: null },
      });
      return { consentId: consent.id };
    },
    expected: noorsGuardian,
    rows: childRows,
    also: { "ouder.zorg (personal)": joyce },
  },
  "lib/children/guardian-actions.ts#inviteGuardianAction": {
    input: async (db) => ({ childId: await noor(db), email: LINDA }),
    expected: noorsGuardian,
    rows: childRows,
    also: { "ouder.zorg (personal)": joyce },
  },
  "lib/children/guardian-actions.ts#acceptGuardianInvitationAction": {
    // Linda invited Sanne as a guardian of Daan: only Sanne, in her personal workspace, accepts.
    input: async (db) => {
      const childId = await daan(db);
      const [sanne, linda] = [await userId(db, SANNE), await userId(db, LINDA)];
      const row = await db.childGuardian.upsert({
        where: { childId_userId: { childId, userId: sanne } },
        create: { childId, userId: sanne, status: "INVITED", invitedById: linda },
        update: { status: "INVITED", invitedById: linda, confirmedById: null, confirmedAt: null },
      });
      return { guardianId: row.id };
    },
    expected: expect_({ ouder: "ok" }, "NOT_FOUND"),
    rows: childRows,
    also: { "ouder.zorg (personal)": joyce },
  },
  "lib/children/guardian-actions.ts#confirmGuardianAction": {
    // Linda asks to be Noor's guardian; a confirmed guardian of the initiative confirms.
    input: async (db) => {
      const childId = await noor(db);
      const linda = await userId(db, LINDA);
      const row = await db.childGuardian.upsert({
        where: { childId_userId: { childId, userId: linda } },
        create: { childId, userId: linda, status: "INVITED", invitedById: linda },
        update: { status: "INVITED", invitedById: linda, confirmedById: null, confirmedAt: null },
      });
      return { guardianId: row.id };
    },
    expected: expect_({ ouder: "ok" }, "NOT_FOUND"),
    rows: childRows,
    also: { "ouder.zorg (personal)": joyce },
  },
  "lib/children/guardian-actions.ts#giveMandateAction": {
    input: async (db) => {
      await daan(db); // Linda is a confirmed guardian in Breda
      return { childId: await noor(db), toUserId: await userId(db, LINDA) };
    },
    expected: noorsGuardian,
    rows: childRows,
    also: { "ouder.zorg (personal)": joyce },
  },
  "lib/children/guardian-actions.ts#revokeMandateAction": {
    input: async (db) => {
      await daan(db);
      const childId = await noor(db);
      const [from, to] = [await userId(db, SANNE), await userId(db, LINDA)];
      const open = await db.guardianMandate.findFirst({
        where: { childId, fromUserId: from, toUserId: to, revokedAt: null },
      });
      const mandate = open ?? (await db.guardianMandate.create({ data: { childId, fromUserId: from, toUserId: to } }));
      return { mandateId: mandate.id };
    },
    expected: noorsGuardian,
    rows: childRows,
    also: { "ouder.zorg (personal)": joyce },
  },
};
