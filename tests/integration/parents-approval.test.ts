// The parents' approval of an arrangement: a guardian of every child of the group, each approval
// naming its child; only confirmed guardians (or a guardian holding a guardian's mandate for the
// child), only in the personal workspace. In Breda (demo): Noor's guardian is ouder@, Daan's is
// stichting@ (who also runs the parents' ouderinitiatief); ouder.zorg@ takes part as a parent but
// is no guardian and works for the participating zorgaanbieder.
import { beforeEach, describe, expect, it } from "vitest";
import { getArrangementForActor } from "../../lib/arrangements/queries";
import { createArrangement, saveConcept, startRevision } from "../../lib/arrangements/workflow/draft";
import { approveVersion, requestChanges, submitForReview } from "../../lib/arrangements/workflow/review";
import { addChild } from "../../lib/children/add-child";
import { giveMandate, revokeMandate } from "../../lib/children/mandates";
import type { Db } from "../../lib/db/client";
import { FieldError, ForbiddenError, NotFoundError } from "../../lib/policy/errors";
import { BREDA_LINES, META } from "./support/arrangement-lines";
import { actorFor, auditCount, freshDemoWorld, freshDemoWorldWithoutChildren } from "./support/world";
import { ID } from "../support/demo";

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

const LINES = BREDA_LINES.slice(0, 3); // the board, the SWV and gemeente Breda pay
const PAYERS = ["bestuur@demo.test", "swv@demo.test", "gemeente@demo.test"];

async function submitted() {
  const school = await actorFor(db, "school@demo.test");
  const { arrangementId, versionId } = await createArrangement(db, school, {
    initiativeId: ID.breda,
    meta: META,
    lines: LINES,
  });
  await submitForReview(db, school, { versionId, lockVersion: 1 });
  return { school, arrangementId, versionId };
}

const approveFor = async (email: string, versionId: string, childId?: string, workspaceKey?: string) =>
  approveVersion(db, await actorFor(db, email, workspaceKey), { versionId, childId });
const view = async (email: string) =>
  (await getArrangementForActor(db, await actorFor(db, email), ID.breda)).arrangement!;
const parentsRow = (a: Awaited<ReturnType<typeof view>>) => a.parties.find((p) => p.partyKey === "parents")!;

/** Every row a refused approval or change request must leave as it was. */
async function reviewRows() {
  const [approvals, changeRequests, versions, audit, notifications] = await Promise.all([
    db.arrangementApproval.findMany({ orderBy: { id: "asc" } }),
    db.arrangementChangeRequest.findMany({ orderBy: { id: "asc" } }),
    db.arrangementVersion.findMany({ orderBy: { id: "asc" } }),
    db.auditEvent.count(),
    db.notification.count(),
  ]);
  return { approvals, changeRequests, versions, audit, notifications };
}
async function expectRefused(call: () => Promise<unknown>, error: new (...args: never[]) => Error) {
  const before = await reviewRows();
  await expect(call()).rejects.toBeInstanceOf(error);
  expect(await reviewRows()).toEqual(before);
}
const stichtingWorkspace = async () =>
  (await db.membership.findFirstOrThrow({ where: { user: { email: "stichting@demo.test" } } })).organisationId;

describe("the parents approve per child", () => {
  it("approval for one of two children is not enough; the second child's guardian completes it", async () => {
    const { versionId } = await submitted();
    for (const email of PAYERS) await approveFor(email, versionId);
    expect((await approveFor("ouder@demo.test", versionId, ID.noor)).established).toBe(false);
    expect((await db.arrangementVersion.findUniqueOrThrow({ where: { id: versionId } })).state).toBe("TER_BEOORDELING");

    // The school (consent for both) reads the names of the children still waiting; Noor's
    // guardian may not see Daan and reads a count.
    const school = await view("school@demo.test");
    expect(school.status).toBe("TER_BEOORDELING");
    expect(parentsRow(school).state).toBe("WAITING");
    expect(school.parentsWaiting).toEqual({ names: ["Daan"], hidden: 0 });
    expect(parentsRow(school).children.map((c) => [c.name, c.state, c.approval?.approvedByName ?? null])).toEqual([
      ["Noor", "APPROVED", "Sanne de Vries"],
      ["Daan", "WAITING", null],
    ]);
    const ouder = await view("ouder@demo.test");
    expect(ouder.parentsWaiting).toEqual({ names: [], hidden: 1 });
    expect(parentsRow(ouder).children.map((c) => c.name)).toEqual(["Noor", null]);
    expect(ouder).toMatchObject({ actorChildren: [], actorApproved: true });
    const stichting = await view("stichting@demo.test");
    expect(stichting.actorChildren).toEqual([{ childId: ID.daan, name: "Daan", onBehalfOfName: null }]);

    expect((await approveFor("stichting@demo.test", versionId, ID.daan)).established).toBe(true);
    const approvals = await db.arrangementApproval.findMany({ where: { versionId, partyKey: "parents" } });
    expect(approvals.map((a) => [a.childId, a.approvedById, a.onBehalfOfId]).sort()).toEqual(
      [
        [ID.daan, ID.stichting, null],
        [ID.noor, ID.ouder, null],
      ].sort(),
    );
    expect(parentsRow(await view("school@demo.test")).state).toBe("APPROVED");
  });

  it("a second approval for the same child changes nothing", async () => {
    const { versionId } = await submitted();
    await approveFor("ouder@demo.test", versionId, ID.noor);
    const before = await reviewRows();
    expect(await approveFor("ouder@demo.test", versionId, ID.noor)).toMatchObject({ alreadyApproved: true });
    expect(await reviewRows()).toEqual(before);
  });

  it("a parent participant who is no guardian (the zorgaanbieder's invitee) may not approve or ask changes: 403, nothing changes", async () => {
    const { versionId } = await submitted();
    const ouderZorg = await actorFor(db, "ouder.zorg@demo.test");
    expect(ouderZorg.workspace.kind).toBe("PERSONAL");
    await expectRefused(() => approveVersion(db, ouderZorg, { versionId, childId: ID.noor }), ForbiddenError);
    await expectRefused(
      () => requestChanges(db, ouderZorg, { versionId, lineKey: "jeugdwet", comment: "Minder uren graag." }),
      ForbiddenError,
    );
    // In her employer's workspace she speaks for a provider, which approves nothing.
    await expectRefused(
      () => approveFor("ouder.zorg@demo.test", versionId, ID.noor, ID.kinderzorgBaronie),
      ForbiddenError,
    );
    expect(await view("ouder.zorg@demo.test")).toMatchObject({
      actorChildren: [],
      actorPartyKey: null,
      actorLineKeys: [],
    });
  });

  it("even as a confirmed guardian, someone working for a participating organisation does not speak for the parents", async () => {
    const { versionId } = await submitted();
    await db.childGuardian.create({
      data: {
        childId: ID.noor,
        userId: ID.ouderZorg,
        status: "CONFIRMED",
        invitedById: ID.ouder,
        confirmedById: ID.ouder,
      },
    });
    await expectRefused(() => approveFor("ouder.zorg@demo.test", versionId, ID.noor), ForbiddenError);
  });

  it("a guardian acting in an organisation's workspace is refused (403), also when asking changes", async () => {
    const { versionId } = await submitted();
    const workspace = await stichtingWorkspace();
    await expectRefused(() => approveFor("stichting@demo.test", versionId, ID.daan, workspace), ForbiddenError);
    const inOrganisation = await actorFor(db, "stichting@demo.test", workspace);
    expect(inOrganisation.workspace.kind).toBe("ORGANISATION");
    await expectRefused(
      () => requestChanges(db, inOrganisation, { versionId, lineKey: "jeugdwet", comment: "Namens de stichting." }),
      ForbiddenError,
    );
  });

  it("a guardian approves only for their own child: another child of the group is 403, a child elsewhere 404, none named is a field error", async () => {
    const { versionId } = await submitted();
    await expectRefused(() => approveFor("ouder@demo.test", versionId, ID.daan), ForbiddenError);
    await expectRefused(() => approveFor("ouder@demo.test", versionId, ID.mila), NotFoundError);
    await expectRefused(() => approveFor("ouder@demo.test", versionId), FieldError);
  });

  it("a guardian may ask changes on any line for the parents", async () => {
    const { versionId } = await submitted();
    await requestChanges(db, await actorFor(db, "stichting@demo.test"), {
      versionId,
      lineKey: "onderwijs",
      comment: "Hoeveel uur is de onderwijsassistent er?",
    });
    expect(await db.arrangementChangeRequest.findMany({ where: { versionId } })).toMatchObject([
      { partyKey: "parents", requestedById: ID.stichting },
    ]);
  });
});

describe("a mandate between guardians", () => {
  it("lets the holder approve for the other guardian's child, visibly", async () => {
    const { versionId } = await submitted();
    await giveMandate(db, await actorFor(db, "stichting@demo.test"), { childId: ID.daan, toUserId: ID.ouder });
    const ouder = await view("ouder@demo.test");
    expect(ouder.actorChildren).toEqual([
      { childId: ID.noor, name: "Noor", onBehalfOfName: null },
      { childId: ID.daan, name: "Daan", onBehalfOfName: "Linda Mulder" },
    ]);
    for (const email of PAYERS) await approveFor(email, versionId);
    await approveFor("ouder@demo.test", versionId, ID.noor);
    const before = await auditCount(db, "arrangement.approved");
    expect((await approveFor("ouder@demo.test", versionId, ID.daan)).established).toBe(true);
    expect(await auditCount(db, "arrangement.approved")).toBe(before + 1);
    expect(await db.arrangementApproval.findFirstOrThrow({ where: { versionId, childId: ID.daan } })).toMatchObject({
      approvedById: ID.ouder,
      onBehalfOfId: ID.stichting,
    });
    const daan = parentsRow(await view("school@demo.test")).children.find((c) => c.childId === ID.daan)!;
    expect(daan.approval).toMatchObject({ approvedByName: "Sanne de Vries", onBehalfOfName: "Linda Mulder" });
  });

  it("no longer works once revoked: 403, nothing changes", async () => {
    const { versionId } = await submitted();
    const stichting = await actorFor(db, "stichting@demo.test");
    const { mandateId } = await giveMandate(db, stichting, { childId: ID.daan, toUserId: ID.ouder });
    await revokeMandate(db, stichting, { mandateId });
    await expectRefused(() => approveFor("ouder@demo.test", versionId, ID.daan), ForbiddenError);
    expect((await view("ouder@demo.test")).actorChildren.map((c) => c.childId)).toEqual([ID.noor]);
  });
});

describe("a group without children", () => {
  it("the parents cannot approve yet, so the version is not established when every payer approved", async () => {
    db = await freshDemoWorldWithoutChildren();
    const { versionId } = await submitted();
    for (const email of PAYERS) expect((await approveFor(email, versionId)).established).toBe(false);
    await expectRefused(() => approveFor("ouder@demo.test", versionId, ID.noor), ForbiddenError);
    const school = await view("school@demo.test");
    expect(school.status).toBe("TER_BEOORDELING");
    expect(parentsRow(school)).toMatchObject({ state: "WAITING", children: [] });
  });
});

describe("carrying the parents' approvals to a new version", () => {
  async function established() {
    const created = await submitted();
    for (const email of PAYERS) await approveFor(email, created.versionId);
    await approveFor("ouder@demo.test", created.versionId, ID.noor);
    await approveFor("stichting@demo.test", created.versionId, ID.daan);
    return created;
  }
  async function resubmit(
    school: Awaited<ReturnType<typeof submitted>>["school"],
    arrangementId: string,
    lines = LINES,
  ) {
    const revision = await startRevision(db, school, { arrangementId });
    const saved = await saveConcept(db, school, {
      versionId: revision.versionId,
      lockVersion: revision.lockVersion,
      meta: META,
      lines,
    });
    const result = await submitForReview(db, school, { versionId: revision.versionId, lockVersion: saved.lockVersion });
    return { versionId: revision.versionId, result };
  }

  it("unchanged lines: each child's approval carries", async () => {
    const { school, arrangementId } = await established();
    const next = await resubmit(school, arrangementId);
    expect(next.result).toMatchObject({ established: true });
    const carried = await db.arrangementApproval.findMany({
      where: { versionId: next.versionId, partyKey: "parents" },
    });
    expect(carried.map((a) => a.childId).sort()).toEqual([ID.daan, ID.noor].sort());
  });

  it("a child joined the group: the others' approvals carry, only the new child's guardian is asked", async () => {
    const { school, arrangementId } = await established();
    const { childId } = await addChild(db, await actorFor(db, "ouder@demo.test"), {
      initiativeId: ID.breda,
      displayName: "Sem",
      birthYear: 2019,
    });
    const earlier = new Set((await db.notification.findMany({ select: { id: true } })).map((n) => n.id));
    const next = await resubmit(school, arrangementId);
    expect(next.result).toMatchObject({ established: false, carried: expect.not.arrayContaining(["parents"]) });
    const carried = await db.arrangementApproval.findMany({
      where: { versionId: next.versionId, partyKey: "parents" },
    });
    expect(carried.map((a) => a.childId).sort()).toEqual([ID.daan, ID.noor].sort());
    const asked = (await db.notification.findMany({ select: { id: true, userId: true } })).filter(
      (n) => !earlier.has(n.id),
    );
    expect(asked.map((n) => n.userId)).toEqual([ID.ouder]); // Sem's guardian; Daan's is not asked again
    expect((await view("ouder@demo.test")).actorChildren.map((c) => c.childId)).toEqual([childId]);
    expect((await approveFor("ouder@demo.test", next.versionId, childId)).established).toBe(true);
  });

  it("a changed line: every child's guardian approves again", async () => {
    const { school, arrangementId } = await established();
    const amended = LINES.map((l) => (l.lineKey === "jeugdwet" ? { ...l, amountCentsPerYear: 10_800_000 } : l));
    const next = await resubmit(school, arrangementId, amended);
    expect(next.result.established).toBe(false);
    expect(await db.arrangementApproval.count({ where: { versionId: next.versionId, partyKey: "parents" } })).toBe(0);
  });
});
