// Deliverables on a step: stored bytes and row together or not at all, file rules (size, type,
// magic bytes, empty), who may upload and delete, and downloads that are checked and audited.
import { temporaryUploadDir } from "./support/upload-dir";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { runAsActor } from "../../lib/auth/actor-override";
import type { Db } from "../../lib/db/client";
import { deleteDeliverableAction, uploadDeliverableAction } from "../../lib/deliverables/actions";
import { deliverableDownload } from "../../lib/deliverables/download";
import { MAX_DELIVERABLE_BYTES } from "../../lib/deliverables/file-rules";
import { deleteDeliverable, uploadDeliverable } from "../../lib/deliverables/mutations";
import { listStepDeliverables, readDeliverable } from "../../lib/deliverables/queries";
import { contentDisposition } from "../../lib/files/download-response";
import { FieldError, ForbiddenError, NotFoundError } from "../../lib/policy/errors";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";
import { findVisibleInitiative } from "../../lib/initiatives/queries";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);
// The start of a Windows program (MZ header, with the NUL bytes every such header has).
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);
const pdfFile = (name = "verslag bestuurlijk overleg.pdf") => new File([PDF], name, { type: "application/pdf" });

let db: Db;
let stepId: string;
const uploads = temporaryUploadDir("sns-deliverables-");
beforeEach(async () => {
  db = await freshDemoWorld();
  await rm(uploads.path, { recursive: true, force: true });
  stepId = (
    await db.initiativeStep.findFirstOrThrow({
      where: { initiativeId: ID.breda, key: "onderwijsbehoeften-in-kaart" },
    })
  ).id;
});

const storedFiles = async () => readdir(uploads.path).catch(() => [] as string[]);
const upload = async (
  email: string,
  file: File,
  input: { initiativeId?: string; stepId?: string; containsChildData?: boolean } = {},
) =>
  uploadDeliverable(db, await actorFor(db, email), {
    initiativeId: input.initiativeId ?? ID.breda,
    stepId: input.stepId ?? stepId,
    file,
    containsChildData: input.containsChildData ?? true,
  });

async function expectRefused(promise: Promise<unknown>, messageKey: string) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FieldError);
  expect(error).toMatchObject({ field: "file", messageKey });
}

describe("uploading a deliverable", () => {
  it("stores the bytes under a random key and a row with an audit event", async () => {
    const before = await auditCount(db, "deliverable.uploaded");
    const row = await upload("school@demo.test", pdfFile());
    const saved = await db.stepDeliverable.findUniqueOrThrow({ where: { id: row.id } });
    expect(saved).toMatchObject({
      initiativeId: ID.breda,
      stepId,
      fileName: "verslag bestuurlijk overleg.pdf",
      contentType: "application/pdf",
      sizeBytes: PDF.length,
    });
    expect(saved.storageKey).toMatch(/^[0-9a-f]{32}$/);
    expect(await storedFiles()).toEqual([saved.storageKey]);
    expect(new Uint8Array(await readFile(path.join(uploads.path, saved.storageKey)))).toEqual(PDF);
    expect(await auditCount(db, "deliverable.uploaded")).toBe(before + 1);
    const school = await actorFor(db, "school@demo.test");
    const visible = await findVisibleInitiative(db, school, ID.breda);
    expect((await listStepDeliverables(db, school, visible, stepId)).map((d) => d.fileName)).toEqual([
      "verslag bestuurlijk overleg.pdf",
    ]);
  });

  it("accepts a parent's upload from the personal workspace and keeps only the base name", async () => {
    const row = await upload(
      "ouder@demo.test",
      new File(["naam;leeftijd\nA;7\n"], "C:\\fakepath\\overzicht.csv", { type: "application/vnd.ms-excel" }),
    );
    expect(row.fileName).toBe("overzicht.csv");
    expect((await db.stepDeliverable.findUniqueOrThrow({ where: { id: row.id } })).contentType).toBe(
      "text/csv; charset=utf-8",
    );
  });

  it.each([
    [
      "a file over 10 MB",
      () => {
        const big = new Uint8Array(MAX_DELIVERABLE_BYTES + 1);
        big.set(PDF);
        return new File([big], "groot.pdf", { type: "application/pdf" });
      },
      "fileTooLarge",
    ],
    [
      "a program renamed to .pdf",
      () => new File([EXE], "rapport.pdf", { type: "application/pdf" }),
      "fileContentMismatch",
    ],
    ["a program renamed to .txt", () => new File([EXE], "notities.txt", { type: "text/plain" }), "fileContentMismatch"],
    ["an empty file", () => new File([], "leeg.pdf", { type: "application/pdf" }), "fileEmpty"],
    ["no file chosen", () => new File([], "", { type: "application/octet-stream" }), "fileRequired"],
    ["a program", () => new File([EXE], "setup.exe", { type: "application/x-msdownload" }), "fileTypeNotAllowed"],
    [
      "a PDF declared as a program",
      () => new File([PDF], "verslag.pdf", { type: "application/x-msdownload" }),
      "fileTypeNotAllowed",
    ],
    ["a file without extension", () => new File([PDF], "verslag", { type: "application/pdf" }), "fileTypeNotAllowed"],
  ])("refuses %s on the file field and stores nothing", async (_label, makeFile, messageKey) => {
    const audits = await auditCount(db);
    await expectRefused(upload("school@demo.test", makeFile()), messageKey);
    expect(await db.stepDeliverable.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
    expect(await auditCount(db)).toBe(audits);
  });

  it("refuses readers and overseers (403) and strangers (404) without storing anything", async () => {
    await expect(upload("swv.lezer@demo.test", pdfFile())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(upload("steunpunt@demo.test", pdfFile())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(upload("gemeente.alkmaar@demo.test", pdfFile())).rejects.toBeInstanceOf(NotFoundError);
    // A step only exists under its own initiative.
    const alkmaarStep = await db.initiativeStep.findFirstOrThrow({ where: { initiativeId: ID.alkmaar } });
    await expect(upload("school@demo.test", pdfFile(), { stepId: alkmaarStep.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await db.stepDeliverable.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it("removes the stored bytes again when the row cannot be saved", async () => {
    const school = await actorFor(db, "school@demo.test");
    const failing = new Proxy(db, {
      get: (target, prop) =>
        prop === "$transaction"
          ? async () => {
              throw new Error("database gone");
            }
          : (target as unknown as Record<string | symbol, unknown>)[prop],
    });
    await expect(
      uploadDeliverable(failing, school, { initiativeId: ID.breda, stepId, file: pdfFile(), containsChildData: true }),
    ).rejects.toThrow("database gone");
    expect(await storedFiles()).toEqual([]);
    expect(await db.stepDeliverable.count()).toBe(0);
  });

  it("works as a server action with FormData and puts rule failures on the file field", async () => {
    const school = await actorFor(db, "school@demo.test");
    const form = (file: File) => {
      const fd = new FormData();
      fd.set("initiativeId", ID.breda);
      fd.set("stepId", stepId);
      fd.set("file", file);
      fd.set("containsChildData", "false");
      return fd;
    };
    const ok = await runAsActor(school, () => uploadDeliverableAction(null, form(pdfFile("plan.pdf"))));
    expect(ok).toMatchObject({ ok: true, data: { fileName: "plan.pdf" } });
    const bad = await runAsActor(school, () =>
      uploadDeliverableAction(null, form(new File([EXE], "plan.pdf", { type: "application/pdf" }))),
    );
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { file: ["fileContentMismatch"] } });
    const missing = await runAsActor(school, () =>
      uploadDeliverableAction(null, { initiativeId: ID.breda, stepId, containsChildData: "true" }),
    );
    expect(missing).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { file: ["fileRequired"] } });
    expect(await db.stepDeliverable.findMany({ select: { fileName: true, containsChildData: true } })).toEqual([
      { fileName: "plan.pdf", containsChildData: false },
    ]);
  });
});

describe("downloading and deleting a deliverable", () => {
  it("lets everyone who sees the initiative download a file without children's data, audited; others get 404", async () => {
    const row = await upload("school@demo.test", pdfFile("OPP groep – overzicht.pdf"), { containsChildData: false });
    const input = { initiativeId: ID.breda, deliverableId: row.id };
    const before = await auditCount(db, "deliverable.downloaded");
    const file = await readDeliverable(db, await actorFor(db, "steunpunt@demo.test"), input);
    expect(file.bytes).toEqual(PDF);
    expect(await auditCount(db, "deliverable.downloaded")).toBe(before + 1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "deliverable.downloaded" } });
    expect(event).toMatchObject({
      initiativeId: ID.breda,
      entityId: row.id,
      actorUserId: (await actorFor(db, "steunpunt@demo.test")).userId,
    });

    await expect(readDeliverable(db, await actorFor(db, "gemeente.alkmaar@demo.test"), input)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // The right id under the wrong initiative is not found either.
    await expect(
      readDeliverable(db, await actorFor(db, "steunpunt@demo.test"), { ...input, initiativeId: ID.alkmaar }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await auditCount(db, "deliverable.downloaded")).toBe(before + 1);
  });

  it("serves the file as an attachment that is never sniffed or cached, and 404 without a session", async () => {
    const row = await upload("school@demo.test", pdfFile("OPP groep – overzicht.pdf"), { containsChildData: false });
    const response = await runAsActor(await actorFor(db, "swv.lezer@demo.test"), () =>
      deliverableDownload(ID.breda, row.id),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toBe(contentDisposition("OPP groep – overzicht.pdf"));
    expect(response.headers.get("content-disposition")).toContain(
      "filename*=UTF-8''OPP%20groep%20%E2%80%93%20overzicht.pdf",
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);

    expect((await runAsActor(null, () => deliverableDownload(ID.breda, row.id))).status).toBe(404);
    expect(
      (await runAsActor(await actorFor(db, "gemeente.alkmaar@demo.test"), () => deliverableDownload(ID.breda, row.id)))
        .status,
    ).toBe(404);
    expect(
      (await runAsActor(await actorFor(db, "school@demo.test"), () => deliverableDownload(ID.breda, "bestaat-niet")))
        .status,
    ).toBe(404);
  });

  it("lets editors delete the row and the bytes; readers may not", async () => {
    const row = await upload("school@demo.test", pdfFile());
    const input = { initiativeId: ID.breda, deliverableId: row.id };
    await expect(deleteDeliverable(db, await actorFor(db, "swv.lezer@demo.test"), input)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(deleteDeliverable(db, await actorFor(db, "gemeente.alkmaar@demo.test"), input)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await storedFiles()).toHaveLength(1);

    const before = await auditCount(db, "deliverable.deleted");
    const result = await runAsActor(await actorFor(db, "zorg@demo.test"), () => deleteDeliverableAction(null, input));
    expect(result).toMatchObject({ ok: true });
    expect(await db.stepDeliverable.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
    expect(await auditCount(db, "deliverable.deleted")).toBe(before + 1);
    await expect(readDeliverable(db, await actorFor(db, "school@demo.test"), input)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
