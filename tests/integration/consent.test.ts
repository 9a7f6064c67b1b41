// Need-to-know: details of a child only for its guardians and for organisations that take part
// and hold a guardian's consent, per scope; everyone else who sees the initiative gets counts.
import { ID } from "../support/demo";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { giveConsent, withdrawConsent } from "../../lib/children/consent";
import { getChildForActor } from "../../lib/children/queries";
import { childrenOfInitiativeFor } from "./support/authorised";
import { ZSaveCare, ZUpdateChild } from "../../lib/children/schemas";
import { saveCare, updateChild } from "../../lib/children/update-child";
import { bredaChild, consentFor, expectUnchanged } from "./support/children-fixtures";
import { actorFor, freshDemoWorldWithoutChildren } from "./support/world";

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorldWithoutChildren();
});

/** Noor with a TLV, an OPP and a Wlz indication with hours and a budget. */
async function noorWithRecords() {
  const { ouder, childId } = await bredaChild(db);
  await updateChild(
    db,
    ouder,
    ZUpdateChild.parse({
      childId,
      version: "1",
      displayName: "Noor",
      birthYear: "2018",
      tlvStatus: "TOEGEKEND",
      tlvCategory: "HOOG",
      oppPresent: "on",
    }),
  );
  await saveCare(
    db,
    ouder,
    ZSaveCare.parse({
      childId,
      fundingStream: "WLZ",
      status: "TOEGEKEND",
      hoursPerWeekHundredths: "1200",
      budgetCentsPerYear: "2400000",
      providerOrganisationId: ID.kinderzorgBaronie,
    }),
  );
  return { ouder, childId };
}

describe("who sees a child", () => {
  it("the school with consent for onderwijs sees TLV and OPP, not care; the care provider sees counts only", async () => {
    const { ouder, childId } = await noorWithRecords();
    await consentFor(db, ouder, childId, ID.vlinderboom, ["ONDERWIJS"]);

    const leerkracht = await actorFor(db, "leerkracht@demo.test");
    const seen = await getChildForActor(db, leerkracht, childId);
    expect(seen.onderwijs?.tlv).toMatchObject({ status: "TOEGEKEND", category: "HOOG" });
    expect(seen.care).toBeNull();
    expect(seen.guardianView).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "child.viewed", entityId: childId } })).toBe(1);

    const zorg = await actorFor(db, "zorg@demo.test");
    const overview = await childrenOfInitiativeFor(db, zorg, ID.breda);
    expect(overview.counts).toEqual({ children: 1, withTlv: 1, withOpp: 1, withCare: 1 });
    expect(overview.children).toEqual([]);
    await expect(getChildForActor(db, zorg, childId)).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("zorg shows care without budgets; financiering shows budgets", async () => {
    const { ouder, childId } = await noorWithRecords();
    await consentFor(db, ouder, childId, ID.kinderzorgBaronie, ["ZORG"]);
    const zorg = await actorFor(db, "zorg@demo.test");
    const asZorg = await getChildForActor(db, zorg, childId);
    expect(asZorg.onderwijs).toBeNull();
    expect(asZorg.care).toEqual([
      expect.objectContaining({ fundingStream: "WLZ", hoursPerWeekHundredths: 1200, budgetCentsPerYear: null }),
    ]);
    await consentFor(db, ouder, childId, ID.kinderzorgBaronie, ["FINANCIERING"]);
    expect((await getChildForActor(db, zorg, childId)).care?.[0]?.budgetCentsPerYear).toBe(2400000);
  });

  it("readers of an organisation with consent see counts only", async () => {
    const { ouder, childId } = await noorWithRecords();
    await consentFor(db, ouder, childId, ID.swvBreda, ["ONDERWIJS"]);
    const swv = await actorFor(db, "swv@demo.test");
    expect((await childrenOfInitiativeFor(db, swv, ID.breda)).children).toHaveLength(1);
    const lezer = await actorFor(db, "swv.lezer@demo.test");
    const overview = await childrenOfInitiativeFor(db, lezer, ID.breda);
    expect(overview.counts.children).toBe(1);
    expect(overview.children).toEqual([]);
  });

  it("regional parties that take no part see counts and no child, even with an old consent", async () => {
    const { ouder, childId } = await noorWithRecords();
    await consentFor(db, ouder, childId, ID.swvBreda, ["ONDERWIJS"]);
    await consentFor(db, ouder, childId, ID.gemeenteBreda, ["ZORG"]);
    // The SWV and the gemeente stop taking part but still oversee Breda through their territory.
    await db.initiativeParticipant.updateMany({
      where: { initiativeId: ID.breda, organisationId: { in: [ID.swvBreda, ID.gemeenteBreda] } },
      data: { status: "DECLINED" },
    });
    for (const email of ["swv@demo.test", "gemeente@demo.test", "steunpunt@demo.test"]) {
      const actor = await actorFor(db, email);
      const overview = await childrenOfInitiativeFor(db, actor, ID.breda);
      expect(overview.counts, email).toEqual({ children: 1, withTlv: 1, withOpp: 1, withCare: 1 });
      expect(overview.children, email).toEqual([]);
      await expect(getChildForActor(db, actor, childId), email).rejects.toMatchObject({ name: "NotFoundError" });
    }
  });

  it("organisations in another territory do not even get counts (404)", async () => {
    await noorWithRecords();
    const alkmaar = await actorFor(db, "gemeente.alkmaar@demo.test");
    await expect(childrenOfInitiativeFor(db, alkmaar, ID.breda)).rejects.toMatchObject({ name: "NotFoundError" });
  });
});

describe("consent", () => {
  it("withdrawn consent hides the child on the next request; the history stays for the guardian", async () => {
    const { ouder, childId } = await noorWithRecords();
    const { consentIds } = await consentFor(db, ouder, childId, ID.vlinderboom, ["ONDERWIJS"]);
    const leerkracht = await actorFor(db, "leerkracht@demo.test");
    expect((await childrenOfInitiativeFor(db, leerkracht, ID.breda)).children).toHaveLength(1);
    await withdrawConsent(db, ouder, { consentId: consentIds[0]! });
    expect((await childrenOfInitiativeFor(db, leerkracht, ID.breda)).children).toEqual([]);
    await expect(getChildForActor(db, leerkracht, childId)).rejects.toMatchObject({ name: "NotFoundError" });
    const mine = await getChildForActor(db, ouder, childId);
    expect(mine.guardianView?.consents).toEqual([
      expect.objectContaining({ scope: "ONDERWIJS", withdrawnAt: expect.any(Date) }),
    ]);
    await expectUnchanged(db, () => withdrawConsent(db, ouder, { consentId: consentIds[0]! }), {
      name: "ConflictError",
    });
  });

  it("consent that ended yesterday no longer counts", async () => {
    const { ouder, childId } = await noorWithRecords();
    await giveConsent(db, ouder, {
      childId,
      organisationId: ID.vlinderboom,
      scopes: ["ONDERWIJS"],
      endsOn: new Date("2026-03-01T00:00:00Z"),
    });
    const leerkracht = await actorFor(db, "leerkracht@demo.test");
    const onLastDay = await childrenOfInitiativeFor(db, leerkracht, ID.breda, new Date("2026-03-01T15:00:00Z"));
    expect(onLastDay.children).toHaveLength(1);
    const dayAfter = await childrenOfInitiativeFor(db, leerkracht, ID.breda, new Date("2026-03-02T08:00:00Z"));
    expect(dayAfter.children).toEqual([]);
  });

  it("only a confirmed guardian gives consent, never for a non-participant, never twice", async () => {
    const { ouder, childId } = await noorWithRecords();
    await expectUnchanged(db, () => consentFor(db, ouder, childId, ID.gemeenteAlkmaar, ["ZORG"]), {
      field: "organisationId",
      messageKey: "consentOrganisationNotParticipant",
    });
    await consentFor(db, ouder, childId, ID.vlinderboom, ["ONDERWIJS"]);
    await expectUnchanged(db, () => consentFor(db, ouder, childId, ID.vlinderboom, ["ONDERWIJS"]), {
      field: "scopes",
      messageKey: "consentAlreadyGiven",
    });
    // The school sees the child (consent) but may not give consent for it: 403.
    const school = await actorFor(db, "school@demo.test");
    await expectUnchanged(db, () => consentFor(db, school, childId, ID.kinderzorgBaronie, ["ZORG"]), {
      name: "ForbiddenError",
    });
    // The care provider's employee who joined as a parent, and the provider itself: 404.
    const joyce = await actorFor(db, "ouder.zorg@demo.test", "persoonlijk");
    await expectUnchanged(db, () => consentFor(db, joyce, childId, ID.kinderzorgBaronie, ["ZORG"]), {
      name: "NotFoundError",
    });
    const zorg = await actorFor(db, "zorg@demo.test");
    await expectUnchanged(db, () => consentFor(db, zorg, childId, ID.kinderzorgBaronie, ["ZORG"]), {
      name: "NotFoundError",
    });
  });
});
