// Joining is mutual: an added organisation is invited and sees nothing until a beheerder
// accepts; founders and beheerders of participating organisations take parties out again.
import { ID } from "../support/demo";
import { testPort } from "./support/ports";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { getInitiativeForActor } from "../../lib/initiatives/queries";
import { decideParticipation, listParticipationInvitations, removeParticipant } from "../../lib/initiatives/joining";
import { addOrganisationParticipant } from "../../lib/initiatives/participants";
import { visibleInitiativesWhere } from "../../lib/policy/initiative-access";
import { bredaChild, consentFor, expectUnchanged } from "./support/children-fixtures";
import { ownMailCatcher } from "./support/own-mail-catcher";
import { actorFor, freshDemoWorldWithoutChildren } from "./support/world";
import { childrenOfInitiativeFor } from "./support/authorised";

ownMailCatcher({ smtpPort: testPort(1367), httpPort: testPort(1417) });
const ALKMAAR = ID.gemeenteAlkmaar;

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorldWithoutChildren();
});

async function inviteAlkmaar() {
  const ouder = await actorFor(db, "ouder@demo.test");
  await addOrganisationParticipant(db, ouder, { initiativeId: ID.breda, organisationId: ALKMAAR });
  const row = await db.initiativeParticipant.findFirstOrThrow({
    where: { initiativeId: ID.breda, organisationId: ALKMAAR },
  });
  return { ouder, row };
}

const sees = async (email: string) => {
  const actor = await actorFor(db, email);
  return (await db.initiative.count({ where: { AND: [{ id: ID.breda }, visibleInitiativesWhere(actor)] } })) === 1;
};

describe("joining", () => {
  it("an organisation added but not accepted sees nothing, not even the initiative", async () => {
    const { row } = await inviteAlkmaar();
    expect(row).toMatchObject({ status: "INVITED", role: "GEMEENTE" });
    expect(await sees("gemeente.alkmaar@demo.test")).toBe(false);
    expect(await db.initiativeGemeente.count({ where: { initiativeId: ID.breda, gemeenteId: ALKMAAR } })).toBe(0);
    const alkmaar = await actorFor(db, "gemeente.alkmaar@demo.test");
    await expect(getInitiativeForActor(db, alkmaar, ID.breda)).rejects.toMatchObject({ name: "NotFoundError" });
    // It does see the invitation itself, with what the initiative is and nothing more.
    expect(await listParticipationInvitations(db, alkmaar)).toEqual([
      expect.objectContaining({ id: row.id, initiativeName: expect.stringContaining("Breda"), canDecide: true }),
    ]);
  });

  it("a beheerder accepts: the gemeente takes part and the initiative joins its territory", async () => {
    const { row } = await inviteAlkmaar();
    const alkmaar = await actorFor(db, "gemeente.alkmaar@demo.test");
    await decideParticipation(db, alkmaar, { participantId: row.id, accept: true });
    expect(await sees("gemeente.alkmaar@demo.test")).toBe(true);
    expect(await db.initiativeGemeente.count({ where: { initiativeId: ID.breda, gemeenteId: ALKMAAR } })).toBe(1);
    expect((await getInitiativeForActor(db, alkmaar, ID.breda)).canEdit).toBe(true);
    await expectUnchanged(db, () => decideParticipation(db, alkmaar, { participantId: row.id, accept: false }), {
      name: "ConflictError",
    });
  });

  it("declining leaves it out; only its own beheerder decides", async () => {
    const { ouder, row } = await inviteAlkmaar();
    const breda = await actorFor(db, "gemeente@demo.test");
    await expectUnchanged(db, () => decideParticipation(db, breda, { participantId: row.id, accept: true }), {
      name: "NotFoundError",
    });
    await expectUnchanged(db, () => decideParticipation(db, ouder, { participantId: row.id, accept: true }), {
      name: "NotFoundError",
    });
    const alkmaar = await actorFor(db, "gemeente.alkmaar@demo.test");
    await decideParticipation(db, alkmaar, { participantId: row.id, accept: false });
    expect(await sees("gemeente.alkmaar@demo.test")).toBe(false);
    // Declined counts as never having been in: it can be invited afresh.
    await addOrganisationParticipant(db, ouder, { initiativeId: ID.breda, organisationId: ALKMAAR });
    expect((await db.initiativeParticipant.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("INVITED");
  });

  it("a medewerker of the invited organisation sees the invitation but may not answer it (403)", async () => {
    const ouder = await actorFor(db, "ouder@demo.test");
    await addOrganisationParticipant(db, ouder, { initiativeId: ID.breda, organisationId: ID.klimop });
    const row = await db.initiativeParticipant.findFirstOrThrow({ where: { organisationId: ID.klimop } });
    const member = await db.membership.findFirst({
      where: { organisationId: ID.klimop, role: { not: "BEHEERDER" } },
      select: { user: { select: { email: true } } },
    });
    if (member) {
      const actor = await actorFor(db, member.user.email, ID.klimop);
      await expectUnchanged(db, () => decideParticipation(db, actor, { participantId: row.id, accept: true }), {
        name: "ForbiddenError",
      });
    }
    expect(row.status).toBe("INVITED");
  });
});

describe("removal", () => {
  it("the founder removes a gemeente: it leaves the territory, loses consent, sees nothing on the next request", async () => {
    const { ouder, childId } = await bredaChild(db);
    await consentFor(db, ouder, childId, ID.gemeenteBreda, ["ZORG"]);
    const gemeente = await actorFor(db, "gemeente@demo.test");
    expect((await childrenOfInitiativeFor(db, gemeente, ID.breda)).children).toHaveLength(1);
    const row = await db.initiativeParticipant.findFirstOrThrow({
      where: { initiativeId: ID.breda, organisationId: ID.gemeenteBreda },
    });
    await removeParticipant(db, ouder, { participantId: row.id });
    expect(await sees("gemeente@demo.test")).toBe(false);
    expect(await db.initiativeGemeente.count({ where: { initiativeId: ID.breda, gemeenteId: ID.gemeenteBreda } })).toBe(
      0,
    );
    expect(await db.childConsent.findFirstOrThrow({ where: { organisationId: ID.gemeenteBreda } })).toMatchObject({
      withdrawnAt: expect.any(Date),
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "participant.removed", entityId: row.id } });
    expect(event.summary).toMatchObject({ organisationId: ID.gemeenteBreda, consentsWithdrawn: 1 });
  });

  it("a beheerder of a participating organisation removes a parent; a medewerker or reader may not", async () => {
    const row = await db.initiativeParticipant.findFirstOrThrow({
      where: { initiativeId: ID.breda, user: { email: "stichting@demo.test" } },
    });
    for (const email of ["leerkracht@demo.test", "swv.lezer@demo.test"]) {
      const actor = await actorFor(db, email);
      await expectUnchanged(db, () => removeParticipant(db, actor, { participantId: row.id }), {
        name: "ForbiddenError",
      });
    }
    const steunpunt = await actorFor(db, "steunpunt@demo.test");
    await expectUnchanged(db, () => removeParticipant(db, steunpunt, { participantId: row.id }), {
      name: "ForbiddenError",
    });
    const alkmaar = await actorFor(db, "gemeente.alkmaar@demo.test");
    await expectUnchanged(db, () => removeParticipant(db, alkmaar, { participantId: row.id }), {
      name: "NotFoundError",
    });
    const school = await actorFor(db, "school@demo.test");
    await removeParticipant(db, school, { participantId: row.id });
    expect(await sees("stichting@demo.test")).toBe(true); // still through the ouderinitiatief's workspace
    // As a parent she is out: her personal workspace is gone with her only parent participation.
    const linda = await actorFor(db, "stichting@demo.test", "persoonlijk");
    expect(linda.workspaces.map((w) => w.kind)).toEqual(["ORGANISATION"]);
  });

  it("a parent who is not the founder removes nobody", async () => {
    const row = await db.initiativeParticipant.findFirstOrThrow({
      where: { initiativeId: ID.breda, organisationId: ID.vlinderboom },
    });
    const linda = await actorFor(db, "stichting@demo.test", "persoonlijk");
    await expectUnchanged(db, () => removeParticipant(db, linda, { participantId: row.id }), {
      name: "ForbiddenError",
    });
  });
});
