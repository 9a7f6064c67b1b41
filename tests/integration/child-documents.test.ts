// A child's documents (issue #9, item 2): guardians upload, delete and see all; people of an
// organisation with a valid consent see and download the documents of its scopes; everyone else
// gets 404, on the page, the download and the actions. Every refusal leaves every row unchanged.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { runAsActor } from "../../lib/auth/actor-override";
import { withdrawConsent } from "../../lib/children/consent";
import { deleteChildDocumentAction, uploadChildDocumentAction } from "../../lib/children/document-actions";
import { childDocumentDownload } from "../../lib/children/document-download";
import {
  childDocumentsForActor,
  deleteChildDocument,
  readChildDocument,
  uploadChildDocument,
} from "../../lib/children/documents";
import type { Db } from "../../lib/db/client";
import { MAX_DELIVERABLE_BYTES } from "../../lib/deliverables/file-rules";
import { contentDisposition } from "../../lib/files/download-response";
import type { Actor } from "../../lib/policy/actor";
import { FieldError } from "../../lib/policy/errors";
import { bredaChild, childRowsSnapshot, consentFor, expectUnchanged } from "./support/children-fixtures";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";
import { resetAppConfig } from "../../lib/config/app-config";
import { ID } from "../support/demo";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
const pdf = (name: string) => new File([PDF], name, { type: "application/pdf" });

let db: Db;
let uploadDir: string;
let previousUploadDir: string | undefined;
let ouder: Actor;
let childId: string;
/** Documents of Noor: one per scope, uploaded by her guardian. */
let docs: { ONDERWIJS: string; ZORG: string; FINANCIERING: string };

beforeAll(async () => {
  previousUploadDir = process.env.UPLOAD_DIR;
  uploadDir = await mkdtemp(path.join(tmpdir(), "sns-child-documents-"));
  process.env.UPLOAD_DIR = uploadDir;
  resetAppConfig();
});
afterAll(async () => {
  if (previousUploadDir === undefined) delete process.env.UPLOAD_DIR;
  else process.env.UPLOAD_DIR = previousUploadDir;
  resetAppConfig();
  await rm(uploadDir, { recursive: true, force: true });
});
beforeEach(async () => {
  db = await freshDemoWorld();
  await rm(uploadDir, { recursive: true, force: true });
  // The demo child Noor: her guardian is ouder@demo.test; De Vlinderboom has consent for
  // onderwijs, Kinderzorg Baronie none (lib/seed/demo-children.ts).
  ouder = await actorFor(db, "ouder@demo.test");
  childId = ID.noor;
  const up = async (scope: "ONDERWIJS" | "ZORG" | "FINANCIERING", name: string) =>
    (await uploadChildDocument(db, ouder, { childId, scope, file: pdf(name) })).id;
  docs = {
    ONDERWIJS: await up("ONDERWIJS", "TLV Noor.pdf"),
    ZORG: await up("ZORG", "Indicatie Noor.pdf"),
    FINANCIERING: await up("FINANCIERING", "Budget Noor.pdf"),
  };
});

const storedFiles = async () => readdir(uploadDir).catch(() => [] as string[]);
const page = async (actor: Actor) => childDocumentsForActor(db, actor, { initiativeId: ID.breda, childId });
const names = async (actor: Actor) => (await page(actor)).documents.map((d) => d.fileName).sort();
const read = (actor: Actor, documentId: string, initiativeId = ID.breda) =>
  readChildDocument(db, actor, { initiativeId, childId, documentId });

describe("uploading a child's document", () => {
  it("stores bytes and row for a guardian; the audit event names scope and size, not the file", async () => {
    const rows = await db.childDocument.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.childId, r.scope, r.fileName, r.uploadedById])).toEqual([
      [childId, "ONDERWIJS", "TLV Noor.pdf", ouder.userId],
      [childId, "ZORG", "Indicatie Noor.pdf", ouder.userId],
      [childId, "FINANCIERING", "Budget Noor.pdf", ouder.userId],
    ]);
    expect((await storedFiles()).sort()).toEqual(rows.map((r) => r.storageKey).sort());
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "child_document.uploaded", entityId: docs.ONDERWIJS },
    });
    expect(event.summary).toMatchObject({ childId, scope: "ONDERWIJS", sizeBytes: PDF.length });
    expect(JSON.stringify(event.summary)).not.toContain("Noor");
    // Child events stay off the initiative's shared timeline.
    expect(event.initiativeId).toBeNull();
  });

  it("refuses organisations: 403 for one that sees the child, 404 for the others; nothing stored", async () => {
    const before = await storedFiles();
    const input = { childId, scope: "ONDERWIJS" as const, file: pdf("plan.pdf") };
    for (const [email, name] of [
      ["school@demo.test", "ForbiddenError"],
      ["leerkracht@demo.test", "ForbiddenError"],
      ["zorg@demo.test", "NotFoundError"],
      ["swv.lezer@demo.test", "NotFoundError"],
      ["steunpunt@demo.test", "NotFoundError"],
      ["gemeente.alkmaar@demo.test", "NotFoundError"],
    ] as const) {
      const actor = await actorFor(db, email);
      await expectUnchanged(db, () => uploadChildDocument(db, actor, input), { name });
    }
    // A parent of the same initiative who is not this child's guardian does not see the child.
    const linda = await actorFor(db, "stichting@demo.test", "persoonlijk");
    await expectUnchanged(db, () => uploadChildDocument(db, linda, input), { name: "NotFoundError" });
    expect(await storedFiles()).toEqual(before);
  });

  it("puts Dutch field errors on the form for no file, a file too large, a wrong type and no scope", async () => {
    const form = (fields: Record<string, string | File>) => {
      const fd = new FormData();
      fd.set("childId", childId);
      for (const [k, v] of Object.entries(fields)) fd.set(k, v);
      return fd;
    };
    const big = new Uint8Array(MAX_DELIVERABLE_BYTES + 1);
    big.set(PDF);
    const cases: [Record<string, string | File>, Record<string, string[]>][] = [
      [{ scope: "ONDERWIJS" }, { file: ["fileRequired"] }],
      [
        { scope: "ONDERWIJS", file: new File([], "", { type: "application/octet-stream" }) },
        { file: ["fileRequired"] },
      ],
      [
        { scope: "ONDERWIJS", file: new File([big], "groot.pdf", { type: "application/pdf" }) },
        { file: ["fileTooLarge"] },
      ],
      [
        { scope: "ONDERWIJS", file: new File([EXE], "setup.exe", { type: "application/x-msdownload" }) },
        { file: ["fileTypeNotAllowed"] },
      ],
      [
        { scope: "ONDERWIJS", file: new File([EXE], "tlv.pdf", { type: "application/pdf" }) },
        { file: ["fileContentMismatch"] },
      ],
      [{ file: pdf("tlv.pdf") }, { scope: ["chooseDocumentScope"] }],
      [{ scope: "MEDISCH", file: pdf("tlv.pdf") }, { scope: ["chooseDocumentScope"] }],
    ];
    const files = await storedFiles();
    for (const [fields, fieldErrors] of cases) {
      const before = await childRowsSnapshot(db);
      const result = await runAsActor(ouder, () => uploadChildDocumentAction(null, form(fields)));
      expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors });
      expect(await childRowsSnapshot(db)).toEqual(before);
    }
    expect(await storedFiles()).toEqual(files);
    const ok = await runAsActor(ouder, () =>
      uploadChildDocumentAction(null, form({ scope: "ZORG", file: pdf("verslag.pdf") })),
    );
    expect(ok).toMatchObject({ ok: true, data: { fileName: "verslag.pdf" } });
  });

  it("the file rules are the step files' rules", async () => {
    const error = await uploadChildDocument(db, ouder, {
      childId,
      scope: "ZORG",
      file: new File([EXE], "notities.txt", { type: "text/plain" }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldError);
    expect(error).toMatchObject({ field: "file", messageKey: "fileContentMismatch" });
  });
});

describe("seeing and downloading a child's documents", () => {
  it("guardians see all; consent holders only their scopes; the rest 404", async () => {
    expect(await names(ouder)).toEqual(["Budget Noor.pdf", "Indicatie Noor.pdf", "TLV Noor.pdf"]);
    expect((await page(ouder)).reach).toEqual({
      ONDERWIJS: ["Basisschool De Vlinderboom"],
      ZORG: [],
      FINANCIERING: [],
    });
    for (const email of ["school@demo.test", "leerkracht@demo.test"]) {
      const actor = await actorFor(db, email);
      expect(await names(actor), email).toEqual(["TLV Noor.pdf"]);
      expect((await page(actor)).canEdit).toBe(false);
      expect((await page(actor)).reach).toBeNull();
      expect((await read(actor, docs.ONDERWIJS)).bytes).toEqual(PDF);
      await expect(read(actor, docs.ZORG)).rejects.toMatchObject({ name: "NotFoundError" });
      await expect(read(actor, docs.FINANCIERING)).rejects.toMatchObject({ name: "NotFoundError" });
    }
    // No consent, a reader, or only overseeing: the child and its documents do not exist.
    for (const email of [
      "zorg@demo.test",
      "swv@demo.test",
      "swv.lezer@demo.test",
      "gemeente@demo.test",
      "gemeente.lezer@demo.test",
      "steunpunt@demo.test",
      "gemeente.alkmaar@demo.test",
    ]) {
      const actor = await actorFor(db, email);
      await expect(page(actor), email).rejects.toMatchObject({ name: "NotFoundError" });
      for (const id of Object.values(docs))
        await expect(read(actor, id)).rejects.toMatchObject({ name: "NotFoundError" });
    }
  });

  it("consent for zorg shows the zorg documents; withdrawing it hides them on the next request", async () => {
    const zorg = await actorFor(db, "zorg@demo.test");
    const { consentIds } = await consentFor(db, ouder, childId, ID.kinderzorgBaronie, ["ZORG"]);
    expect(await names(zorg)).toEqual(["Indicatie Noor.pdf"]);
    expect((await read(zorg, docs.ZORG)).bytes).toEqual(PDF);
    await expect(read(zorg, docs.FINANCIERING)).rejects.toMatchObject({ name: "NotFoundError" });
    await withdrawConsent(db, ouder, { consentId: consentIds[0]! });
    await expect(page(zorg)).rejects.toMatchObject({ name: "NotFoundError" });
    await expect(read(zorg, docs.ZORG)).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("Daan: the school, the care provider and the gemeente each see the documents of their consent", async () => {
    const linda = await actorFor(db, "stichting@demo.test", "persoonlijk");
    for (const [scope, name] of [
      ["ONDERWIJS", "OPP Daan.pdf"],
      ["ZORG", "Beschikking Daan.pdf"],
      ["FINANCIERING", "Budget Daan.pdf"],
    ] as const)
      await uploadChildDocument(db, linda, { childId: ID.daan, scope, file: pdf(name) });
    const daan = async (email: string) =>
      (
        await childDocumentsForActor(db, await actorFor(db, email), { initiativeId: ID.breda, childId: ID.daan })
      ).documents.map((d) => d.fileName);
    expect(await daan("school@demo.test")).toEqual(["OPP Daan.pdf"]);
    expect(await daan("zorg@demo.test")).toEqual(["Beschikking Daan.pdf"]);
    expect(await daan("gemeente@demo.test")).toEqual(["Budget Daan.pdf"]);
    await expect(daan("gemeente.lezer@demo.test")).rejects.toMatchObject({ name: "NotFoundError" });
    // Sanne is a parent in Breda but not Daan's guardian.
    await expect(daan("ouder@demo.test")).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("a reader of an organisation with consent sees nothing", async () => {
    await consentFor(db, ouder, childId, ID.swvBreda, ["ONDERWIJS"]);
    expect(await names(await actorFor(db, "swv@demo.test"))).toEqual(["TLV Noor.pdf"]);
    const lezer = await actorFor(db, "swv.lezer@demo.test");
    await expect(page(lezer)).rejects.toMatchObject({ name: "NotFoundError" });
    await expect(read(lezer, docs.ONDERWIJS)).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("downloads are audited attachments; refusals answer 404 and log nothing", async () => {
    const before = await auditCount(db, "child_document.downloaded");
    const response = await runAsActor(ouder, () => childDocumentDownload(ID.breda, childId, docs.ONDERWIJS));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(contentDisposition("TLV Noor.pdf"));
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
    expect(await auditCount(db, "child_document.downloaded")).toBe(before + 1);

    const school = await actorFor(db, "school@demo.test");
    const lezer = await actorFor(db, "swv.lezer@demo.test");
    const refused: [Actor | null, string, string, string][] = [
      [null, ID.breda, childId, docs.ONDERWIJS],
      [lezer, ID.breda, childId, docs.ONDERWIJS],
      [school, ID.breda, childId, docs.ZORG],
      // The right ids under another initiative, or a document under another child.
      [ouder, ID.alkmaar, childId, docs.ONDERWIJS],
      [ouder, ID.breda, "bestaat-niet", docs.ONDERWIJS],
      [ouder, ID.breda, childId, "bestaat-niet"],
    ];
    for (const [actor, initiativeId, child, doc] of refused)
      expect((await runAsActor(actor, () => childDocumentDownload(initiativeId, child, doc))).status).toBe(404);
    // A second child of the same guardian: a document id only works under its own child.
    const other = { id: (await bredaChild(db, "Mo", 2017)).childId };
    expect((await runAsActor(ouder, () => childDocumentDownload(ID.breda, other.id, docs.ONDERWIJS))).status).toBe(404);
    expect(await auditCount(db, "child_document.downloaded")).toBe(before + 1);
  });
});

describe("deleting a child's document", () => {
  it("a guardian deletes row and bytes, audited; organisations are refused and nothing changes", async () => {
    const input = { childId, documentId: docs.ONDERWIJS };
    await expectUnchanged(db, () => deleteChildDocument(db, ouder, { childId, documentId: "bestaat-niet" }), {
      name: "NotFoundError",
    });
    const school = await actorFor(db, "school@demo.test");
    await expectUnchanged(db, () => deleteChildDocument(db, school, input), { name: "ForbiddenError" });
    const zorg = await actorFor(db, "zorg@demo.test");
    await expectUnchanged(db, () => deleteChildDocument(db, zorg, input), { name: "NotFoundError" });
    expect(await storedFiles()).toHaveLength(3);

    const before = await auditCount(db, "child_document.deleted");
    const result = await runAsActor(ouder, () => deleteChildDocumentAction(null, input));
    expect(result).toMatchObject({ ok: true });
    expect(await db.childDocument.findUnique({ where: { id: docs.ONDERWIJS } })).toBeNull();
    expect(await storedFiles()).toHaveLength(2);
    expect(await auditCount(db, "child_document.deleted")).toBe(before + 1);
    await expect(read(school, docs.ONDERWIJS)).rejects.toMatchObject({ name: "NotFoundError" });
  });
});
