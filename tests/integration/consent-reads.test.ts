// What the consent and parents pages read: guardians only (everyone else, consent holders
// included, gets 404), the history of consent newest first, the organisations that take part,
// and the guardian invitations and requests waiting for a parent.
import { demoOrganisation, ID } from "../support/demo";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { addChild } from "../../lib/children/add-child";
import { withdrawConsent, giveConsent } from "../../lib/children/consent";
import { childConsentOverview } from "../../lib/children/consent-queries";
import { childGuardiansOverview, pendingGuardianTasks } from "../../lib/children/guardian-queries";
import { inviteGuardian } from "../../lib/children/guardians";
import { giveMandate } from "../../lib/children/mandates";
import { bredaChild, consentFor } from "./support/children-fixtures";
import { actorFor, freshDemoWorld, freshDemoWorldWithoutChildren } from "./support/world";

let db: Db;
// These tests build the children they need (the founding parent's first child, first consent).
beforeEach(async () => {
  db = await freshDemoWorldWithoutChildren();
});

const at = (iso: string) => new Date(iso);
const consentRow = (childId: string, scope: "ZORG") => db.childConsent.findFirstOrThrow({ where: { childId, scope } });

describe("consent overview of a child", () => {
  it("shows the demo guardians their children's consent (Mila's withdrawn one too), only as parents", async () => {
    db = await freshDemoWorld();
    const ruud = await actorFor(db, "ouder.alkmaar@demo.test");
    const mila = await childConsentOverview(db, ruud, ID.mila);
    expect(mila.current.map((c) => [c.organisationId, c.scope]).sort()).toEqual(
      [
        [ID.windwijzer, "ONDERWIJS"],
        [demoOrganisation("Kindzorg Kennemerland").id, "ZORG"],
      ].sort(),
    );
    expect(mila.history).toContainEqual(
      expect.objectContaining({ kind: "WITHDRAWN", organisationName: "Gemeente Alkmaar", scope: "FINANCIERING" }),
    );
    const jesse = await childConsentOverview(db, ruud, ID.jesse);
    expect(jesse.current).toEqual([expect.objectContaining({ organisationId: ID.windwijzer, scope: "ONDERWIJS" })]);
    expect(jesse.current[0]!.endsOn?.toISOString().slice(0, 10)).toBe("2027-07-31");
    // Sanne is no guardian of Alkmaar's children: they do not exist for her.
    const sanne = await actorFor(db, "ouder@demo.test");
    await expect(childConsentOverview(db, sanne, ID.mila)).rejects.toMatchObject({ name: "NotFoundError" });
    // Daan's guardian reads his consent as a parent, never from the stichting's workspace.
    const stichting = await db.organisation.findFirstOrThrow({
      where: { kind: "OUDERINITIATIEF", memberships: { some: { user: { email: "stichting@demo.test" } } } },
    });
    const lindaAtWork = await actorFor(db, "stichting@demo.test", stichting.id);
    await expect(childConsentOverview(db, lindaAtWork, ID.daan)).rejects.toMatchObject({ name: "NotFoundError" });
    await expect(childGuardiansOverview(db, lindaAtWork, ID.daan)).rejects.toMatchObject({ name: "NotFoundError" });
    const linda = await actorFor(db, "stichting@demo.test", "persoonlijk");
    expect((await childConsentOverview(db, linda, ID.daan)).current).toHaveLength(3);
  });

  it("shows what holds now and the history newest first: given, withdrawn, ended", async () => {
    const { ouder, childId } = await bredaChild(db);
    await giveConsent(
      db,
      ouder,
      { childId, organisationId: ID.vlinderboom, scopes: ["ONDERWIJS"], endsOn: null },
      at("2026-03-01T09:00:00Z"),
    );
    await consentFor(db, ouder, childId, ID.kinderzorgBaronie, ["ZORG", "FINANCIERING"]);
    await withdrawConsent(db, ouder, { consentId: (await consentRow(childId, "ZORG")).id }, at("2026-03-03T09:00:00Z"));
    await giveConsent(
      db,
      ouder,
      { childId, organisationId: ID.gemeenteBreda, scopes: ["FINANCIERING"], endsOn: at("2026-03-04T00:00:00Z") },
      at("2026-03-03T12:00:00Z"),
    );
    // The database stamps createdAt itself: put each consent at its own moment.
    const stamp = async (organisationId: string, scope: string, iso: string) =>
      db.childConsent.updateMany({
        where: { childId, organisationId, scope: scope as "ZORG" },
        data: { createdAt: at(iso) },
      });
    await stamp(ID.vlinderboom, "ONDERWIJS", "2026-03-01T09:00:00Z");
    await stamp(ID.kinderzorgBaronie, "ZORG", "2026-03-02T08:00:00Z");
    await stamp(ID.kinderzorgBaronie, "FINANCIERING", "2026-03-02T09:00:00Z");
    await stamp(ID.gemeenteBreda, "FINANCIERING", "2026-03-03T12:00:00Z");

    const overview = await childConsentOverview(db, ouder, childId, at("2026-03-10T10:00:00Z"));
    expect(overview.current.map((c) => [c.organisationId, c.scope])).toEqual([
      [ID.vlinderboom, "ONDERWIJS"],
      [ID.kinderzorgBaronie, "FINANCIERING"],
    ]);
    expect(overview.history.map((e) => [e.kind, e.organisationName, e.scope])).toEqual([
      ["ENDED", "Gemeente Breda", "FINANCIERING"],
      ["GIVEN", "Gemeente Breda", "FINANCIERING"],
      ["WITHDRAWN", expect.stringContaining("Kinderzorg Baronie"), "ZORG"],
      ["GIVEN", expect.stringContaining("Kinderzorg Baronie"), "FINANCIERING"],
      ["GIVEN", expect.stringContaining("Kinderzorg Baronie"), "ZORG"],
      ["GIVEN", "Basisschool De Vlinderboom", "ONDERWIJS"],
    ]);
    // Ended on the day after its last day; who gave and withdrew is named.
    expect(overview.history[0]!.at.toISOString()).toBe("2026-03-05T00:00:00.000Z");
    expect(overview.history[2]!.by).toBe("Sanne de Vries");
    // On its last day the gemeente's consent still holds.
    const lastDay = await childConsentOverview(db, ouder, childId, at("2026-03-04T20:00:00Z"));
    expect(lastDay.current.some((c) => c.organisationId === ID.gemeenteBreda)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "child_consents.viewed", entityId: childId } })).toBe(2);
  });

  it("offers only the organisations that take part: not an invited or removed one", async () => {
    const { ouder, childId } = await bredaChild(db);
    await db.initiativeParticipant.updateMany({
      where: { initiativeId: ID.breda, organisationId: ID.kinderzorgBaronie },
      data: { status: "INVITED" },
    });
    const { organisations } = await childConsentOverview(db, ouder, childId);
    const ids = organisations.map((o) => o.id);
    expect(ids).toContain(ID.vlinderboom);
    expect(ids).toContain(ID.gemeenteBreda);
    expect(ids).not.toContain(ID.kinderzorgBaronie);
    expect(ids).not.toContain(ID.gemeenteAlkmaar);
  });

  it("is 404 for everyone but the guardians, the organisation holding consent included", async () => {
    const { ouder, childId } = await bredaChild(db);
    await consentFor(db, ouder, childId, ID.vlinderboom, ["ONDERWIJS"]);
    const before = await db.auditEvent.count();
    const others = [
      await actorFor(db, "school@demo.test"),
      await actorFor(db, "leerkracht@demo.test"),
      await actorFor(db, "zorg@demo.test"),
      await actorFor(db, "ouder.zorg@demo.test", "persoonlijk"),
      await actorFor(db, "stichting@demo.test", "persoonlijk"),
      await actorFor(db, "steunpunt@demo.test"),
    ];
    for (const actor of others) {
      await expect(childConsentOverview(db, actor, childId), actor.email).rejects.toMatchObject({
        name: "NotFoundError",
      });
      await expect(childGuardiansOverview(db, actor, childId), actor.email).rejects.toMatchObject({
        name: "NotFoundError",
      });
    }
    expect(await db.auditEvent.count()).toBe(before);
  });
});

describe("guardians overview of a child", () => {
  it("lists guardians with their status, mandates both ways and who can receive one", async () => {
    const { ouder: sanne, childId } = await bredaChild(db);
    const linda = await actorFor(db, "stichting@demo.test", "persoonlijk");
    const { guardianId } = await inviteGuardian(db, sanne, { childId, email: "stichting@demo.test" });

    let overview = await childGuardiansOverview(db, sanne, childId);
    expect(overview.guardians.map((g) => [g.name, g.isMe, g.status, g.waitingFor])).toEqual([
      ["Sanne de Vries", true, "CONFIRMED", null],
      ["Linda Mulder", false, "INVITED", "ACCEPTANCE"],
    ]);
    // Linda is no confirmed guardian yet, so she cannot receive a mandate.
    expect(overview.mandateCandidates).toEqual([]);

    await db.childGuardian.update({ where: { id: guardianId }, data: { status: "CONFIRMED" } });
    overview = await childGuardiansOverview(db, sanne, childId);
    expect(overview.mandateCandidates.map((c) => c.name)).toEqual(["Linda Mulder"]);
    await giveMandate(db, sanne, { childId, toUserId: linda.userId });
    overview = await childGuardiansOverview(db, sanne, childId);
    expect(overview.mandates).toEqual([expect.objectContaining({ from: "Sanne de Vries", direction: "GIVEN" })]);
    // A mandate already given is not offered again.
    expect(overview.mandateCandidates).toEqual([]);
    const asLinda = await childGuardiansOverview(db, linda, childId);
    expect(asLinda.mandates).toEqual([expect.objectContaining({ to: "Linda Mulder", direction: "RECEIVED" })]);
    expect(await db.auditEvent.count({ where: { action: "child_guardians.viewed", entityId: childId } })).toBe(4);
  });
});

describe("pending guardian tasks of a parent", () => {
  it("an invitation waits for its invitee; a parent's own request for a confirmed guardian", async () => {
    const { ouder: sanne, childId } = await bredaChild(db);
    const linda = await actorFor(db, "stichting@demo.test", "persoonlijk");
    const { guardianId } = await inviteGuardian(db, sanne, { childId, email: "stichting@demo.test" });
    const { childId: mo } = await addChild(db, linda, { initiativeId: ID.breda, displayName: "Mo", birthYear: 2017 });

    const lindaTasks = await pendingGuardianTasks(db, linda);
    expect(lindaTasks.invitations).toEqual([
      expect.objectContaining({ id: guardianId, childName: "Noor", invitedBy: "Sanne de Vries" }),
    ]);
    expect(lindaTasks.invitations[0]!.initiative.id).toBe(ID.breda);
    // Linda is no confirmed guardian, so other parents' requests are not hers to confirm.
    expect(lindaTasks.requests).toEqual([]);

    const sanneTasks = await pendingGuardianTasks(db, sanne);
    expect(sanneTasks.invitations).toEqual([]);
    // Sanne's own invitation of Linda waits for Linda, not for Sanne.
    expect(sanneTasks.requests).toEqual([
      expect.objectContaining({ parentName: "Linda Mulder", childName: "Mo", birthYear: 2017 }),
    ]);
    expect(await db.childGuardian.findFirstOrThrow({ where: { childId: mo } })).toMatchObject({ status: "INVITED" });
  });

  it("nothing from an organisation's workspace or for someone outside the initiative", async () => {
    const { ouder: sanne, childId } = await bredaChild(db);
    await inviteGuardian(db, sanne, { childId, email: "stichting@demo.test" });
    const stichting = await db.organisation.findFirstOrThrow({
      where: { kind: "OUDERINITIATIEF", memberships: { some: { user: { email: "stichting@demo.test" } } } },
    });
    const lindaAtWork = await actorFor(db, "stichting@demo.test", stichting.id);
    expect(lindaAtWork.workspace.kind).toBe("ORGANISATION");
    expect(await pendingGuardianTasks(db, lindaAtWork)).toEqual({ invitations: [], requests: [] });
    // Linda leaves the initiative: the invitation is no longer hers to accept.
    await db.initiativeParticipant.updateMany({
      where: { initiativeId: ID.breda, user: { email: "stichting@demo.test" } },
      data: { status: "REMOVED" },
    });
    const linda = await actorFor(db, "stichting@demo.test", "persoonlijk");
    expect(await pendingGuardianTasks(db, linda)).toEqual({ invitations: [], requests: [] });
  });
});
