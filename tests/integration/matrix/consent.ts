// Consent, guardians and mandates: only a confirmed guardian, in the personal workspace, acts for
// a child. An organisation that sees the child through consent may not (403); everyone else,
// including a parent who works for the care provider and a guardian in an organisation's
// workspace, does not see the child at all (404).
import type { Db } from "../../../lib/db/client";
import type { Case, ExtraActor } from "./support";
import { expect_ } from "./support";
import { ID } from "../../support/demo";

const SANNE = "ouder@demo.test";
const LINDA = "stichting@demo.test";
const JOYCE = "ouder.zorg@demo.test";

const userId = async (db: Db, email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;

// Demo data: Sanne's Noor, whom De Vlinderboom sees for onderwijs with her consent; Linda's Daan,
// so Linda is a confirmed guardian in Breda who can receive a mandate.

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
    input: async () => ({ childId: ID.noor, organisationId: ID.kinderzorgBaronie, "scopes.0": "ZORG" }),
    expected: noorsGuardian,
    rows: childRows,
    also: {
      "ouder.zorg (personal)": joyce,
      // The SWV holds no consent for Daan, so giving it is a change.
      ...lindaOnDaan(async () => ({ childId: ID.daan, organisationId: ID.swvBreda, scopes: ["ONDERWIJS"] })),
    },
  },
  "lib/children/consent-actions.ts#withdrawConsentAction": {
    input: async (db) => {
      const childId = ID.noor;
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
    input: async () => ({ childId: ID.noor, email: LINDA }),
    expected: noorsGuardian,
    rows: childRows,
    also: { "ouder.zorg (personal)": joyce },
  },
  "lib/children/guardian-actions.ts#acceptGuardianInvitationAction": {
    // Linda invited Sanne as a guardian of Daan: only Sanne, in her personal workspace, accepts.
    input: async (db) => {
      const childId = ID.daan;
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
      const childId = ID.noor;
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
      return { childId: ID.noor, toUserId: await userId(db, LINDA) };
    },
    expected: noorsGuardian,
    rows: childRows,
    also: { "ouder.zorg (personal)": joyce },
  },
  "lib/children/guardian-actions.ts#revokeMandateAction": {
    input: async (db) => {
      const childId = ID.noor;
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
