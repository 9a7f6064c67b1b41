// What a backup archive holds and how a restore is checked against it: the row count of every
// table as of the dump's snapshot and the SHA-256 of every uploaded file.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export const MANIFEST_FILE = "manifest.json";
export const UPLOADS_DIR = "uploads";

export interface BackupManifest {
  format: 1;
  createdAt: string;
  database: { kind: "postgres" | "embedded"; file: string; rowCounts: Record<string, number> };
  files: { key: string; sha256: string; bytes: number }[];
}

export interface FileDigest {
  key: string;
  sha256: string;
  bytes: number;
}

/** Every file directly in `dir` (the upload store is flat: one file per random key). */
export async function digestFolder(dir: string): Promise<FileDigest[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const digests = await Promise.all(
    names.map(async (key) => {
      const bytes = await readFile(path.join(dir, key));
      return { key, sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length };
    }),
  );
  return digests.sort((a, b) => a.key.localeCompare(b.key));
}

export interface RestoreCheck {
  tablesChecked: number;
  filesChecked: number;
  /** Human-readable differences; empty when the restore matches the manifest. */
  differences: string[];
}

export function compareWithManifest(
  manifest: BackupManifest,
  rowCounts: Record<string, number>,
  files: FileDigest[],
): RestoreCheck {
  const differences: string[] = [];
  for (const [table, expected] of Object.entries(manifest.database.rowCounts)) {
    const actual = rowCounts[table];
    if (actual !== expected)
      differences.push(`table ${table}: ${expected} rows in the backup, ${actual ?? "none"} restored`);
  }
  const restored = new Map(files.map((f) => [f.key, f]));
  for (const file of manifest.files) {
    const got = restored.get(file.key);
    if (!got) differences.push(`file ${file.key}: missing`);
    else if (got.sha256 !== file.sha256) differences.push(`file ${file.key}: content differs`);
  }
  return {
    tablesChecked: Object.keys(manifest.database.rowCounts).length,
    filesChecked: manifest.files.length,
    differences,
  };
}
