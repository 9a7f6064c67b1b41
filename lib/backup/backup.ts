// npm run backup / npm run restore: one archive with a consistent database dump, the uploaded
// files and a manifest (row counts, file hashes) that the restore checks itself against.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { DatabaseTarget } from "../db/adapter";
import { dumpDatabase, EMBEDDED_DUMP_FILE, POSTGRES_DUMP_FILE, RestoreRefused, restoreDatabase } from "./database-dump";
import {
  compareWithManifest,
  digestFolder,
  MANIFEST_FILE,
  UPLOADS_DIR,
  type BackupManifest,
  type RestoreCheck,
} from "./manifest";

const run = promisify(execFile);

export interface BackupResult {
  archive: string;
  tables: number;
  rows: number;
  files: number;
}

export async function createBackup(target: DatabaseTarget, uploadDir: string, archive: string): Promise<BackupResult> {
  const staging = await mkdtemp(path.join(os.tmpdir(), "sns-backup-"));
  try {
    const dumpFile = target.kind === "postgres" ? POSTGRES_DUMP_FILE : EMBEDDED_DUMP_FILE;
    const rowCounts = await dumpDatabase(target, path.join(staging, dumpFile));
    // Files after the database: uploads are never overwritten, so every file the dump names
    // already exists now; files added since are extra, which a restore tolerates.
    await mkdir(path.join(staging, UPLOADS_DIR));
    const files = await digestFolder(uploadDir);
    await Promise.all(files.map((f) => cp(path.join(uploadDir, f.key), path.join(staging, UPLOADS_DIR, f.key))));
    const manifest: BackupManifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      database: { kind: target.kind, file: dumpFile, rowCounts },
      files,
    };
    await writeFile(path.join(staging, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    await mkdir(path.dirname(path.resolve(archive)), { recursive: true });
    await run("tar", ["-czf", path.resolve(archive), "-C", staging, "."]);
    return {
      archive: path.resolve(archive),
      tables: Object.keys(rowCounts).length,
      rows: Object.values(rowCounts).reduce((a, b) => a + b, 0),
      files: files.length,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export async function restoreBackup(archive: string, target: DatabaseTarget, uploadDir: string): Promise<RestoreCheck> {
  const staging = await mkdtemp(path.join(os.tmpdir(), "sns-restore-"));
  try {
    await run("tar", ["-xzf", path.resolve(archive), "-C", staging]);
    const manifest = JSON.parse(await readFile(path.join(staging, MANIFEST_FILE), "utf8")) as BackupManifest;
    if (manifest.format !== 1) throw new RestoreRefused(`unknown backup format ${String(manifest.format)}`);
    if (manifest.database.kind !== target.kind)
      throw new RestoreRefused(`this backup is of a ${manifest.database.kind} database, the target is ${target.kind}`);
    if ((await readdir(uploadDir).catch(() => [])).length > 0)
      throw new RestoreRefused(`the upload folder ${uploadDir} is not empty: restore into a new folder`);
    const rowCounts = await restoreDatabase(target, path.join(staging, manifest.database.file));
    await mkdir(uploadDir, { recursive: true });
    await cp(path.join(staging, UPLOADS_DIR), uploadDir, { recursive: true });
    return compareWithManifest(manifest, rowCounts, await digestFolder(uploadDir));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export { RestoreRefused };
