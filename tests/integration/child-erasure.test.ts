// Erasing a child's record (issue #10, item 4): a guardian asks; the founders (without the
// child's name), the organisations with consent and the other parents are told in the inbox and
// by e-mail; after the confirmation period `carryOutDueErasures` deletes the child's details,
// documents (rows and files), care, consents, mandates and guardians, keeps the arrangement
// approvals pointing at a pseudonymous tombstone, and no text column of any table holds the
// child's name any more. Refusals: a non-guardian gets 404 and nothing changes; asking twice is
// one request; running the erasure again changes nothing.
import { temporaryUploadDir } from "./support/upload-dir";
import { readdir, rm } from "node:fs/promises";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getArrangementForActor } from "../../lib/arrangements/queries";
import { createArrangement } from "../../lib/arrangements/workflow/draft";
import { approveVersion, submitForReview } from "../../lib/arrangements/workflow/review";
import { uploadChildDocument } from "../../lib/children/documents";
import { carryOutDueErasures } from "../../lib/children/erasure/carry-out";
import { runRetention } from "../../lib/retention/run";
import { ERASURE_CONFIRMATION_DAYS } from "../../lib/children/erasure/period";
import { childPseudonym } from "../../lib/children/erasure/pseudonym";
import { childErasureOverview } from "../../lib/children/erasure/queries";
import { cancelErasure, requestErasure } from "../../lib/children/erasure/request";
import { giveMandate } from "../../lib/children/mandates";
import { childCounts, childrenOfInitiative, getChildForActor } from "../../lib/children/queries";
import { saveCare } from "../../lib/children/update-child";
import type { Db } from "../../lib/db/client";
import { listNotifications } from "../../lib/notifications/queries";
import type { Actor } from "../../lib/policy/actor";
import { markVisibleInitiative } from "../../lib/policy/authorised";
import { ConflictError } from "../../lib/policy/errors";
import { BREDA_LINES, META } from "./support/arrangement-lines";
import { bredaChild, childRowsSnapshot, consentFor } from "./support/children-fixtures";
import { ownMailCatcher } from "./support/own-mail-catcher";
import { testPort } from "./support/ports";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const outbox = ownMailCatcher({ smtpPort: testPort(1371), httpPort: testPort(1372) }, { clearBeforeEach: true });

/** A name no demo text holds, so finding it anywhere means the erasure missed it. */
const NAME = "Quirijntje Zeewolde";
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date("2026-12-02T10:00:00Z");
const due = new Date(T0.getTime() + ERASURE_CONFIRMATION_DAYS * DAY);

let db: Db;
let ouder: Actor;
let childId: string;
const uploads = temporaryUploadDir("sns-child-erasure-");

/**
 * Sanne (ouder@, founder of Breda) adds a child with every kind of detail: consent for De
 * Vlinderboom (onderwijs) and Kinderzorg Baronie (zorg), a document, care, an OPP deviation.
 */
beforeEach(async () => {
  db = await freshDemoWorld();
  await rm(uploads.path, { recursive: true, force: true });
  ({ ouder, childId } = await bredaChild(db, NAME, 2019));
  await consentFor(db, ouder, childId, ID.vlinderboom, ["ONDERWIJS"]);
  await consentFor(db, ouder, childId, ID.kinderzorgBaronie, ["ZORG"]);
  await uploadChildDocument(db, ouder, {
    childId,
    scope: "ONDERWIJS",
    file: new File([PDF], `OPP ${NAME}.pdf`, { type: "application/pdf" }),
  });
  await saveCare(db, ouder, {
    childId,
    careId: "",
    version: 0,
    fundingStream: "JEUGDWET",
    status: "TOEGEKEND",
    periodStart: null,
    periodEnd: null,
    hoursPerWeekHundredths: 1200,
    budgetCentsPerYear: null,
    providerOrganisationId: ID.kinderzorgBaronie,
  });
  await db.child.update({
    where: { id: childId },
    data: { oppDeviatesFromTeachingTime: true, oppDeviationReason: `${NAME} rust 's middags` },
  });
});

const ask = (actor: Actor = ouder, at = T0) => requestErasure(db, actor, { childId }, at);
const inbox = async (email: string) => (await listNotifications(db, await actorFor(db, email))).items;
const storedFiles = async () => readdir(uploads.path).catch(() => [] as string[]);

/** Everything a refused request must leave as it was. */
async function erasureRows() {
  const [children, requests, notifications, access, audit] = await Promise.all([
    childRowsSnapshot(db),
    db.childErasureRequest.findMany({ orderBy: { id: "asc" } }),
    db.notification.count(),
    db.accessLogEntry.count({ where: { action: "CHANGE" } }),
    db.auditEvent.count(),
  ]);
  return { children, requests, notifications, access, audit };
}

/** Every text, varchar and json column of every table in the database, read as text. */
async function columnsHolding(text: string): Promise<string[]> {
  const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = current_schema()
      AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
    ORDER BY table_name, column_name`;
  expect(columns.length).toBeGreaterThan(50);
  const hits: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`,
      `%${text}%`,
    );
    if (row && row.n > 0n) hits.push(`${table_name}.${column_name}`);
  }
  return hits;
}

describe("asking to erase a child's record", () => {
  it("opens one request with the confirmation period, logs a CHANGE and audits without free text", async () => {
    const result = await ask();
    expect(result).toMatchObject({ created: true, effectiveAfter: due });
    const request = await db.childErasureRequest.findUniqueOrThrow({ where: { childId } });
    expect(request).toMatchObject({
      requestedById: ouder.userId,
      requestedAt: T0,
      cancelledAt: null,
      carriedOutAt: null,
    });
    const access = await db.accessLogEntry.findMany({ where: { childId, action: "CHANGE" } });
    expect(access).toEqual([
      expect.objectContaining({ subjectType: "CHILD", subjectId: childId, actorUserId: ouder.userId }),
    ]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "child_erasure.requested" } });
    expect(event).toMatchObject({ entityId: childId, actorUserId: ouder.userId });
    expect(JSON.stringify(event.summary)).not.toContain("Quirijntje");
    // The guardian's page shows the open request; the child is not erased yet.
    const overview = await childErasureOverview(db, ouder, childId, T0);
    expect(overview.request).toMatchObject({ effectiveAfter: due });
    expect(overview.counts).toEqual({ documents: 1, care: 1, consents: 2, approvals: 0 });
    expect(await carryOutDueErasures(db, new Date(due.getTime() - 1000))).toBe(0);
    expect((await getChildForActor(db, ouder, childId)).displayName).toBe(NAME);
  });

  it("tells consent holders with the name and the founders without it, in the inbox and by e-mail", async () => {
    await ask();
    // De Vlinderboom and Kinderzorg Baronie hold consent: their people hear which child.
    for (const email of ["school@demo.test", "leerkracht@demo.test", "zorg@demo.test"]) {
      const items = await inbox(email);
      expect(items, email).toEqual([
        expect.objectContaining({ kind: "CHILD_ERASURE", link: `/initiatieven/${ID.breda}/kinderen` }),
      ]);
      expect(JSON.stringify(items[0]!.message), email).toContain(NAME);
      const mail = outbox.to(email);
      expect(mail, email).toHaveLength(1);
      expect(mail[0]!.subject).toContain(`gegevens van ${NAME}`);
    }
    // The founding ouderinitiatief (Linda is its beheerder) hears that a child is erased, not which.
    const founders = await inbox("stichting@demo.test");
    expect(founders).toHaveLength(1);
    expect(JSON.stringify(founders[0]!.message)).not.toContain(NAME);
    const founderMail = outbox.to("stichting@demo.test");
    expect(founderMail).toHaveLength(1);
    expect(founderMail[0]!.subject).toContain("gegevens van dat kind te wissen");
    expect(JSON.stringify(founderMail[0])).not.toContain("Quirijntje");
    // The asking guardian, readers, overseers and other parties hear nothing.
    for (const email of ["ouder@demo.test", "swv.lezer@demo.test", "gemeente@demo.test", "steunpunt@demo.test"]) {
      expect(await inbox(email), email).toHaveLength(0);
      expect(outbox.to(email), email).toHaveLength(0);
    }
  });

  it("answers 404 to everyone but a guardian, also to organisations that see the child, and changes nothing", async () => {
    const others: Actor[] = [
      await actorFor(db, "school@demo.test"),
      await actorFor(db, "zorg@demo.test"),
      await actorFor(db, "steunpunt@demo.test"),
      await actorFor(db, "stichting@demo.test", "persoonlijk"),
      await actorFor(db, "ouder.zorg@demo.test", "persoonlijk"),
    ];
    for (const actor of others) {
      const before = await erasureRows();
      await expect(ask(actor)).rejects.toMatchObject({ name: "NotFoundError" });
      await expect(childErasureOverview(db, actor, childId, T0)).rejects.toMatchObject({ name: "NotFoundError" });
      expect(await erasureRows()).toEqual(before);
    }
    expect(outbox.messages()).toHaveLength(0);
    // Nor can they take back a guardian's request.
    await ask();
    for (const actor of others) {
      const before = await erasureRows();
      await expect(cancelErasure(db, actor, { childId }, T0)).rejects.toMatchObject({ name: "NotFoundError" });
      expect(await erasureRows()).toEqual(before);
    }
  });

  it("asked twice, also at once, is one request: one row, one audit event, one message each", async () => {
    const [a, b] = await Promise.all([ask(), ask()]);
    const again = await ask(ouder, new Date(T0.getTime() + DAY));
    expect(new Set([a.requestId, b.requestId, again.requestId]).size).toBe(1);
    expect([a.created, b.created, again.created].filter(Boolean)).toHaveLength(1);
    expect(again.effectiveAfter).toEqual(due);
    expect(await db.childErasureRequest.count()).toBe(1);
    expect(await auditCount(db, "child_erasure.requested")).toBe(1);
    expect(await inbox("school@demo.test")).toHaveLength(1);
    expect(outbox.to("school@demo.test")).toHaveLength(1);
  });

  it("can be taken back during the period: nothing is erased; asking again starts a new period", async () => {
    await ask();
    await cancelErasure(db, ouder, { childId }, new Date(T0.getTime() + DAY));
    expect(await db.childErasureRequest.findUniqueOrThrow({ where: { childId } })).toMatchObject({
      cancelledById: ouder.userId,
    });
    expect(await auditCount(db, "child_erasure.cancelled")).toBe(1);
    // Taking back what is not open is a conflict, and changes nothing.
    const before = await erasureRows();
    await expect(cancelErasure(db, ouder, { childId }, T0)).rejects.toBeInstanceOf(ConflictError);
    expect(await erasureRows()).toEqual(before);
    expect(await carryOutDueErasures(db, new Date(due.getTime() + DAY))).toBe(0);
    expect((await getChildForActor(db, ouder, childId)).displayName).toBe(NAME);
    const later = new Date(T0.getTime() + 3 * DAY);
    const again = await ask(ouder, later);
    expect(again).toMatchObject({
      created: true,
      effectiveAfter: new Date(later.getTime() + ERASURE_CONFIRMATION_DAYS * DAY),
    });
    expect(await db.childErasureRequest.count()).toBe(1);
  });
});

describe("carrying out an erasure", () => {
  it("is part of the daily retention run, which counts it on a dry run and erases once", async () => {
    await ask();
    const byKey = async (dryRun: boolean, now: Date) =>
      Object.fromEntries((await runRetention(db, { now, dryRun })).map((o) => [o.key, o.removed]));
    expect((await byKey(true, new Date(due.getTime() - 1000)))["child-erasure"]).toBe(0);
    expect((await byKey(true, due))["child-erasure"]).toBe(1);
    expect((await db.child.findUniqueOrThrow({ where: { id: childId } })).displayName).toBe(NAME);
    expect((await byKey(false, due))["child-erasure"]).toBe(1);
    expect((await db.child.findUniqueOrThrow({ where: { id: childId } })).displayName).toBe(childPseudonym(childId));
    expect((await byKey(false, new Date(due.getTime() + DAY)))["child-erasure"]).toBe(0);
  });

  it("after the period deletes documents (with their files), care, consents, mandates and guardians and leaves a tombstone", async () => {
    const linda = await db.user.findUniqueOrThrow({ where: { email: "stichting@demo.test" } });
    await giveMandate(db, ouder, { childId, toUserId: linda.id });
    expect(await storedFiles()).toHaveLength(1);
    await ask();
    const school = await actorFor(db, "school@demo.test");
    expect(await carryOutDueErasures(db, due)).toBe(1);

    expect(await db.childDocument.count({ where: { childId } })).toBe(0);
    expect(await storedFiles()).toEqual([]);
    for (const count of [
      db.childCare.count({ where: { childId } }),
      db.childConsent.count({ where: { childId } }),
      db.guardianMandate.count({ where: { childId } }),
      db.childGuardian.count({ where: { childId } }),
    ])
      expect(await count).toBe(0);
    const tombstone = await db.child.findUniqueOrThrow({ where: { id: childId } });
    expect(tombstone).toMatchObject({
      displayName: childPseudonym(childId),
      birthYear: 0,
      schoolId: null,
      tlvStatus: null,
      oppPresent: false,
      oppDeviatesFromTeachingTime: false,
      oppDeviationReason: "",
      erasedAt: due,
    });
    expect(childPseudonym(childId)).toMatch(/^Kind [0-9A-F]{4}$/);
    const request = await db.childErasureRequest.findUniqueOrThrow({ where: { childId } });
    expect(request.carriedOutAt).toEqual(due);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "child.erased", entityId: childId } });
    expect(event.summary).toMatchObject({ documents: 1, care: 1, consents: 2, mandates: 1, guardians: 1 });

    // The child is gone for everyone: its page answers 404, lists and counts leave it out.
    for (const actor of [ouder, school])
      await expect(getChildForActor(db, actor, childId)).rejects.toMatchObject({ name: "NotFoundError" });
    const breda = markVisibleInitiative({ id: ID.breda });
    expect((await childrenOfInitiative(db, ouder, breda)).children.map((c) => c.id)).not.toContain(childId);
    const counts = await childCounts(db, breda);
    expect(counts.children).toBe(2); // Noor and Daan
    // The notifications that named the child now use the pseudonym.
    const items = await inbox("school@demo.test");
    expect(JSON.stringify(items[0]!.message)).toContain(childPseudonym(childId));
  });

  it("running again, or erasing the same child twice, changes nothing", async () => {
    await ask();
    expect(await carryOutDueErasures(db, due)).toBe(1);
    const before = await erasureRows();
    const tombstone = await db.child.findUniqueOrThrow({ where: { id: childId } });
    expect(await carryOutDueErasures(db, new Date(due.getTime() + 30 * DAY))).toBe(0);
    expect(await Promise.all([carryOutDueErasures(db, due), carryOutDueErasures(db, due)])).toEqual([0, 0]);
    expect(await erasureRows()).toEqual(before);
    expect(await db.child.findUniqueOrThrow({ where: { id: childId } })).toEqual(tombstone);
    // The former guardian cannot ask again: the child no longer exists for anyone.
    await expect(ask(ouder, new Date(due.getTime() + DAY))).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("two runs at once erase the child once", async () => {
    await ask();
    const results = await Promise.all([carryOutDueErasures(db, due), carryOutDueErasures(db, due)]);
    expect(results.sort()).toEqual([0, 1]);
    expect(await auditCount(db, "child.erased")).toBe(1);
  });

  it("leaves the child's name in no text, varchar or json column of any table", async () => {
    // The arrangement approval for the child, and a mandate, so every table about it has rows.
    const linda = await db.user.findUniqueOrThrow({ where: { email: "stichting@demo.test" } });
    await giveMandate(db, ouder, { childId, toUserId: linda.id });
    const schoolActor = await actorFor(db, "school@demo.test");
    const { versionId } = await createArrangement(db, schoolActor, {
      initiativeId: ID.breda,
      meta: META,
      lines: BREDA_LINES.slice(0, 3),
    });
    await submitForReview(db, schoolActor, { versionId, lockVersion: 1 });
    await approveVersion(db, ouder, { versionId, childId });
    // The school looks at the child (access log) before it is erased.
    await getChildForActor(db, schoolActor, childId);
    await ask();
    const before = await columnsHolding(NAME);
    expect(before).toEqual(
      expect.arrayContaining([
        "Child.displayName",
        "Child.oppDeviationReason",
        "ChildDocument.fileName",
        "Notification.message",
      ]),
    );
    await carryOutDueErasures(db, due);
    expect(await columnsHolding(NAME)).toEqual([]);
    expect(await columnsHolding("Quirijntje")).toEqual([]);
    expect(await columnsHolding("Zeewolde")).toEqual([]);
    // The access log and the audit still refer to the child, by its (pseudonymous) id only.
    expect(await db.accessLogEntry.count({ where: { childId } })).toBeGreaterThan(0);
    expect(await db.auditEvent.count({ where: { entityId: childId } })).toBeGreaterThan(0);
  });

  it("keeps the parents' approval of an arrangement, for the pseudonymised child", async () => {
    const schoolActor = await actorFor(db, "school@demo.test");
    const { versionId } = await createArrangement(db, schoolActor, {
      initiativeId: ID.breda,
      meta: META,
      lines: BREDA_LINES.slice(0, 3),
    });
    await submitForReview(db, schoolActor, { versionId, lockVersion: 1 });
    await approveVersion(db, ouder, { versionId, childId });
    await ask();
    await carryOutDueErasures(db, due);
    const approval = await db.arrangementApproval.findFirstOrThrow({ where: { versionId, childId } });
    expect(approval).toMatchObject({ partyKey: "parents", approvedById: ouder.userId });
    // The arrangement page shows the kept approval under the pseudonym.
    const view = (await getArrangementForActor(db, ouder, ID.breda)).arrangement!;
    const parents = view.parties.find((p) => p.partyKey === "parents")!;
    expect(parents.children).toEqual(
      expect.arrayContaining([expect.objectContaining({ childId, name: childPseudonym(childId), state: "APPROVED" })]),
    );
    // Noor and Daan still wait: the erased child's approval counts for nobody else.
    expect(view.parentsWaiting.names.length + view.parentsWaiting.hidden).toBe(2);
  });
});
