// Small helpers for the children, consent and joining tests, on top of the demo world.
import { expect } from "vitest";
import type { Db } from "../../../lib/db/client";
import { addChild } from "../../../lib/children/add-child";
import { giveConsent } from "../../../lib/children/consent";
import type { Actor } from "../../../lib/policy/actor";
import { actorFor } from "./world";
import { ID } from "../../support/demo";

/** Every row the children and joining rules touch, to compare before and after a refusal. */
export async function childRowsSnapshot(db: Db) {
  const [children, guardians, consents, mandates, care, documents, participants, gemeenten, initiatives, audit] =
    await Promise.all([
      db.child.findMany({ orderBy: { id: "asc" } }),
      db.childGuardian.findMany({ orderBy: { id: "asc" } }),
      db.childConsent.findMany({ orderBy: { id: "asc" } }),
      db.guardianMandate.findMany({ orderBy: { id: "asc" } }),
      db.childCare.findMany({ orderBy: { id: "asc" } }),
      db.childDocument.findMany({ orderBy: { id: "asc" } }),
      db.initiativeParticipant.findMany({ orderBy: { id: "asc" } }),
      db.initiativeGemeente.findMany({ orderBy: [{ initiativeId: "asc" }, { gemeenteId: "asc" }] }),
      db.initiative.findMany({ select: { id: true, swvId: true, version: true }, orderBy: { id: "asc" } }),
      db.auditEvent.count(),
    ]);
  return { children, guardians, consents, mandates, care, documents, participants, gemeenten, initiatives, audit };
}

/** Runs a refused call and asserts it changed no row at all. */
export async function expectUnchanged(db: Db, refused: () => Promise<unknown>, error: Record<string, unknown>) {
  const before = await childRowsSnapshot(db);
  await expect(refused()).rejects.toMatchObject(error);
  expect(await childRowsSnapshot(db)).toEqual(before);
}

/** The founding parent of Breda (Sanne) with a first child, confirmed as its guardian. */
export async function bredaChild(db: Db, name = "Noor", birthYear = 2018) {
  const ouder = await actorFor(db, "ouder@demo.test");
  const { childId } = await addChild(db, ouder, { initiativeId: ID.breda, displayName: name, birthYear });
  return { ouder, childId };
}

export async function consentFor(db: Db, guardian: Actor, childId: string, organisationId: string, scopes: string[]) {
  return giveConsent(db, guardian, {
    childId,
    organisationId,
    scopes: scopes as ("ONDERWIJS" | "ZORG" | "FINANCIERING")[],
    endsOn: null,
  });
}
