// NEN 7513: every loader that hands out a child's details writes exactly one access-log entry per
// child it returns, with every field, in the same request. The first test enumerates the child
// query modules, so a new loader that nobody classified (and tested here) fails the suite.
import { temporaryUploadDir } from "./support/upload-dir";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { uploadChildDocument } from "../../lib/children/documents";
import { runFromOrigin } from "../../lib/access-log/client-address";
import type { Db } from "../../lib/db/client";
import type { Actor } from "../../lib/policy/actor";
import { bredaChild, consentFor } from "./support/children-fixtures";
import { accessLogHead, accessLogSince } from "./support/access-log";
import { childrenOfInitiativeFor } from "./support/authorised";
import { actorFor, freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";

// Where the request came from, as the client-address helper would have read it from Next's headers.
const ORIGIN = { clientAddress: "203.0.113.7", userAgent: "Mozilla/5.0 (Testbrowser)" };

let db: Db;
temporaryUploadDir("sns-access-loaders-");
beforeEach(async () => {
  db = await freshDemoWorld();
});

const CHILDREN_DIR = path.resolve("lib/children");

/**
 * Exports of the child query modules that hand out no child's details, and why. Anything else
 * exported there must have a scenario in LOADERS below.
 */
const NO_CHILD_DETAILS: Record<string, string> = {
  "queries.ts#childCounts": "numbers only (children, with TLV, with OPP, with care)",
  "queries.ts#guardianTasks": "a parent's own open guardianship invitations and requests, no records",
  "documents.ts#listChildDocuments": "a part of childDocumentsForActor, which logs; takes an authorised child",
  "documents.ts#uploadChildDocument": "a change, audited; hands nothing out",
  "documents.ts#deleteChildDocument": "a change, audited; hands nothing out",
  // Modules other branches add (children pages, consent); classified here so their merge is quiet.
  "page-queries.ts#canAddChild": "a yes or no",
  "page-queries.ts#isChildOfInitiative": "a yes or no",
  "consent-queries.ts#loadChildForGuardian": "the policy's check (id and access), no details",
  "consent-queries.ts#consentOrganisationOptions": "the organisations of the initiative, no child",
  "guardian-queries.ts#pendingGuardianTasks": "like guardianTasks: open invitations and requests",
  "erasure/queries.ts#pendingErasureOf": "whether an erasure is pending and until when, beside getChildForActor",
};

/** What a loader handed out: the children, and what each child's entry must say. */
type HandedOut = { childIds: string[]; action: "VIEW" | "DOWNLOAD"; subjectType: "CHILD" | "CHILD_DOCUMENT" };
type Scenario = (actor: Actor, childId: string) => Promise<HandedOut>;

const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);

/** Each loader of child details, called as the actor; returns what it handed out. */
const LOADERS: Record<string, Scenario> = {
  "queries.ts#getChildForActor": async (actor, childId) => {
    const { getChildForActor } = await import("../../lib/children/queries");
    return { childIds: [(await getChildForActor(db, actor, childId)).id], action: "VIEW", subjectType: "CHILD" };
  },
  "queries.ts#childrenOfInitiative": async (actor) => {
    const { children } = await childrenOfInitiativeFor(db, actor, ID.breda);
    return { childIds: children.map((c) => c.id), action: "VIEW", subjectType: "CHILD" };
  },
  "consent-queries.ts#childConsentOverview": async (actor, childId) => {
    const { childConsentOverview } = await import("../../lib/children/consent-queries");
    return {
      childIds: [(await childConsentOverview(db, actor, childId)).child.id],
      action: "VIEW",
      subjectType: "CHILD",
    };
  },
  "guardian-queries.ts#childGuardiansOverview": async (actor, childId) => {
    const { childGuardiansOverview } = await import("../../lib/children/guardian-queries");
    await childGuardiansOverview(db, actor, childId);
    return { childIds: [childId], action: "VIEW", subjectType: "CHILD" };
  },
  "erasure/queries.ts#childErasureOverview": async (actor, childId) => {
    const { childErasureOverview } = await import("../../lib/children/erasure/queries");
    return {
      childIds: [(await childErasureOverview(db, actor, childId)).child.id],
      action: "VIEW",
      subjectType: "CHILD",
    };
  },
  "documents.ts#childDocumentsForActor": async (actor, childId) => {
    const { childDocumentsForActor } = await import("../../lib/children/documents");
    const page = await childDocumentsForActor(db, actor, { initiativeId: ID.breda, childId });
    return { childIds: [page.child.id], action: "VIEW", subjectType: "CHILD_DOCUMENT" };
  },
  "documents.ts#readChildDocument": async (actor, childId) => {
    const { readChildDocument } = await import("../../lib/children/documents");
    const documentId = (await db.childDocument.findFirstOrThrow({ where: { childId } })).id;
    await readChildDocument(db, actor, { initiativeId: ID.breda, childId, documentId });
    return { childIds: [childId], action: "DOWNLOAD", subjectType: "CHILD_DOCUMENT" };
  },
};

const GUARDIANS_ONLY = new Set([
  "consent-queries.ts#childConsentOverview",
  "guardian-queries.ts#childGuardiansOverview",
  "erasure/queries.ts#childErasureOverview",
]);

async function childQueryExports(): Promise<string[]> {
  const files = [
    ...(await readdir(CHILDREN_DIR)).filter((f) => /queries\.ts$|^documents\.ts$/.test(f)),
    "erasure/queries.ts",
  ].sort();
  const names: string[] = [];
  for (const file of files) {
    const mod = (await import(path.join(CHILDREN_DIR, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (typeof value === "function") names.push(`${file}#${name}`);
  }
  return names;
}

describe("every loader of child details writes the access log", () => {
  it("each exported function of the child query modules is either a logged loader or hands out no details", async () => {
    const exported = await childQueryExports();
    expect(exported).toContain("queries.ts#getChildForActor");
    const unclassified = exported.filter((name) => !(name in LOADERS) && !(name in NO_CHILD_DETAILS));
    expect(unclassified, "add these to LOADERS (and make them log) or to NO_CHILD_DETAILS").toEqual([]);
  });

  for (const [name, load] of Object.entries(LOADERS)) {
    it(`${name}: one entry per child handed out, with who, for whom, whose, what, when and from where`, async () => {
      const { ouder, childId } = await bredaChild(db);
      await consentFor(db, ouder, childId, ID.vlinderboom, ["ONDERWIJS"]);
      const file = new File([PDF], "opp.pdf", { type: "application/pdf" });
      await uploadChildDocument(db, ouder, { childId, scope: "ONDERWIJS", file });
      const visitors = [
        ["school@demo.test", "BEHEERDER", ID.vlinderboom],
        ["ouder@demo.test", "PARENT", null],
      ] as const;
      // Consent and guardians are read by the guardians only (others get a 404).
      for (const [email, role, organisationId] of GUARDIANS_ONLY.has(name) ? visitors.slice(1) : visitors) {
        const actor = await actorFor(db, email);
        const before = new Date();
        const head = await accessLogHead(db);
        const { childIds, action, subjectType } = await runFromOrigin(ORIGIN, () => load(actor, childId));
        expect(childIds).toContain(childId);
        const entries = await accessLogSince(db, head);
        expect(entries.map((e) => e.childId).sort()).toEqual([...childIds].sort());
        const entry = entries.find((e) => e.childId === childId)!;
        expect(entry).toMatchObject({
          actorUserId: actor.userId,
          actorName: actor.name,
          actingOrganisationId: organisationId,
          actingOrganisationName: organisationId ? "Basisschool De Vlinderboom" : null,
          actingRole: role,
          action,
          subjectType,
          childId,
          initiativeId: ID.breda,
          ...ORIGIN,
        });
        if (subjectType === "CHILD") expect(entry.subjectId).toBe(childId);
        if (action === "DOWNLOAD")
          expect(entry.subjectId).toBe((await db.childDocument.findFirstOrThrow({ where: { childId } })).id);
        expect(entry.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
      }
    });
  }

  it("a refused read (no consent, or a reader) logs nothing", async () => {
    const { childId } = await bredaChild(db);
    const { getChildForActor } = await import("../../lib/children/queries");
    const lezer = await actorFor(db, "swv.lezer@demo.test");
    const head = await accessLogHead(db);
    await expect(getChildForActor(db, lezer, childId)).rejects.toMatchObject({ name: "NotFoundError" });
    expect((await childrenOfInitiativeFor(db, lezer, ID.breda)).children).toEqual([]);
    expect(await accessLogSince(db, head)).toEqual([]);
  });
});
