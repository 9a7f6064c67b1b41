// npm run backup / restore: a round trip brings back every row and every uploaded file (a
// deliverable downloads from the restored copy), a backup taken while the app writes is one
// consistent instant, and a restore never writes over an existing database or folder.
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createBackup, restoreBackup, RestoreRefused } from "../../lib/backup/backup";
import { resetAppConfig } from "../../lib/config/app-config";
import { databaseTarget } from "../../lib/db/adapter";
import { createPrismaClient } from "../../lib/db/create-client";
import type { Db } from "../../lib/db/client";
import { uploadDeliverable } from "../../lib/deliverables/mutations";
import { readDeliverable } from "../../lib/deliverables/queries";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../../scripts/support/throwaway-database";
import { ID } from "../support/demo";
import { actorFor, freshDemoWorld } from "./support/world";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);
const pdf = () => new File([PDF], "verslag overleg.pdf", { type: "application/pdf" });

let work: string;
let previousUploadDir: string | undefined;
const useUploadDir = (dir: string) => {
  process.env.UPLOAD_DIR = dir;
  resetAppConfig();
};

beforeAll(async () => {
  previousUploadDir = process.env.UPLOAD_DIR;
  work = await mkdtemp(path.join(tmpdir(), "sns-backup-test-"));
});
afterAll(async () => {
  if (previousUploadDir === undefined) delete process.env.UPLOAD_DIR;
  else process.env.UPLOAD_DIR = previousUploadDir;
  resetAppConfig();
  await rm(work, { recursive: true, force: true });
});

describe("backup and restore on PostgreSQL", () => {
  let db: Db;
  let restored: ThrowawayDatabase;
  let restoredDb: Db | undefined;
  const source = () => databaseTarget();

  beforeAll(async () => {
    const target = source();
    if (target.kind !== "postgres") throw new Error("this suite needs DATABASE_URL (CI sets it)");
    db = await freshDemoWorld();
    restored = await createThrowawayDatabase(target.url, "sns_restore");
  });
  afterAll(async () => {
    await restoredDb?.$disconnect();
    await restored.drop();
  });

  it("brings back every row and a deliverable that downloads", async () => {
    const uploads = path.join(work, "uploads");
    useUploadDir(uploads);
    const stepId = (
      await db.initiativeStep.findFirstOrThrow({
        where: { initiativeId: ID.breda, key: "onderwijsbehoeften-in-kaart" },
      })
    ).id;
    const school = await actorFor(db, "school@demo.test");
    const row = await uploadDeliverable(db, school, {
      initiativeId: ID.breda,
      stepId,
      file: pdf(),
      containsChildData: false,
    });

    // The app keeps writing while the backup runs: the dump and its counts are one instant.
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++)
        await db.loginAttempt.create({ data: { email: `x${i}@test`, ip: "192.0.2.1", success: false } });
    })();
    const archive = path.join(work, "backup.tar.gz");
    const result = await createBackup(source(), uploads, archive);
    writing = false;
    await writer;
    expect(result.files).toBe(1);
    expect(result.tables).toBeGreaterThan(30);

    const restoredUploads = path.join(work, "restored-uploads");
    const check = await restoreBackup(archive, { kind: "postgres", url: restored.url }, restoredUploads);
    expect(check.differences).toEqual([]);
    expect(check.filesChecked).toBe(1);
    expect(check.tablesChecked).toBe(result.tables);

    restoredDb = await createPrismaClient({ kind: "postgres", url: restored.url });
    useUploadDir(restoredUploads);
    const file = await readDeliverable(restoredDb, await actorFor(restoredDb, "school@demo.test"), {
      initiativeId: ID.breda,
      deliverableId: row.id,
    });
    expect(new Uint8Array(file.bytes)).toEqual(PDF);
    expect(await restoredDb.user.count()).toBe(await db.user.count());
  });

  it("refuses to restore over a database that has tables, and changes nothing there", async () => {
    const archive = path.join(work, "backup.tar.gz");
    const before = await restoredDb!.auditEvent.count();
    const error = await restoreBackup(
      archive,
      { kind: "postgres", url: restored.url },
      path.join(work, "fresh-uploads"),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreRefused);
    expect(await restoredDb!.auditEvent.count()).toBe(before);
    expect(await readdir(path.join(work, "fresh-uploads")).catch(() => "absent")).toBe("absent");
  });

  it("refuses an upload folder that is not empty", async () => {
    const folder = path.join(work, "occupied");
    await rm(folder, { recursive: true, force: true });
    await (await import("node:fs/promises")).mkdir(folder);
    await writeFile(path.join(folder, "someone-elses-file"), "x");
    const error = await restoreBackup(
      path.join(work, "backup.tar.gz"),
      { kind: "postgres", url: restored.url },
      folder,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreRefused);
    expect(await readdir(folder)).toEqual(["someone-elses-file"]);
  });
});

describe("backup and restore of the embedded database", () => {
  it("round-trips a PGlite folder", async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const dataDir = path.join(work, "embedded");
    const pglite = new PGlite(dataDir);
    await pglite.exec(`CREATE TABLE "Note" (id serial primary key, body text);
      INSERT INTO "Note" (body) SELECT 'regel ' || g FROM generate_series(1, 250) g;`);
    await pglite.close();
    const uploads = path.join(work, "embedded-uploads");
    await (await import("node:fs/promises")).mkdir(uploads);
    await writeFile(path.join(uploads, "a1b2c3d4e5f6a7b8"), "bytes");

    const archive = path.join(work, "embedded.tar.gz");
    const result = await createBackup({ kind: "embedded", dataDir }, uploads, archive);
    expect(result).toMatchObject({ tables: 1, rows: 250, files: 1 });

    const restoredDir = path.join(work, "embedded-restored");
    const check = await restoreBackup(
      archive,
      { kind: "embedded", dataDir: restoredDir },
      path.join(work, "embedded-restored-uploads"),
    );
    // The restore counted every table of the restored folder against the manifest.
    expect(check).toMatchObject({ differences: [], tablesChecked: 1, filesChecked: 1 });

    // A PostgreSQL backup cannot be restored as embedded and the other way round.
    const wrongKind = await restoreBackup(
      archive,
      { kind: "postgres", url: "postgresql://unused/none" },
      path.join(work, "x"),
    ).catch((e: unknown) => e);
    expect(wrongKind).toBeInstanceOf(RestoreRefused);
  }, 180_000); // three PGlite start-ups (WASM) under a loaded machine
});
