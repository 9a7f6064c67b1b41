// The database half of a backup: a consistent dump plus the row count of every table as of
// that dump. PostgreSQL: pg_dump reads the snapshot exported by a repeatable-read transaction
// that also counts the rows, so counts and dump describe the same instant while the app keeps
// writing. Embedded: PGlite's own data-directory dump (the app must not have it open).
import { execFile } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import pg from "pg";
import type { DatabaseTarget } from "../db/adapter";

const run = promisify(execFile);
type Query = (sql: string) => Promise<{ rows: unknown[] }>;

export const POSTGRES_DUMP_FILE = "database.pgdump";
export const EMBEDDED_DUMP_FILE = "database.pglite.tar.gz";

async function countRows(query: Query): Promise<Record<string, number>> {
  const { rows } = await query(
    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename",
  );
  const counts: Record<string, number> = {};
  for (const { tablename } of rows as { tablename: string }[]) {
    const quoted = `"${tablename.replace(/"/g, '""')}"`;
    const { rows: n } = await query(`SELECT count(*)::int AS n FROM ${quoted}`);
    counts[tablename] = (n[0] as { n: number }).n;
  }
  return counts;
}

export async function dumpDatabase(target: DatabaseTarget, file: string): Promise<Record<string, number>> {
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const { rows } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
      const counts = await countRows((sql) => client.query(sql));
      await run("pg_dump", [
        "--format=custom",
        `--snapshot=${rows[0]!.snapshot}`,
        `--file=${file}`,
        `--dbname=${target.url}`,
      ]);
      await client.query("COMMIT");
      return counts;
    } finally {
      await client.end();
    }
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const db = new PGlite(target.dataDir);
  try {
    const counts = await countRows((sql) => db.query(sql));
    const dump = await db.dumpDataDir("gzip");
    await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
    return counts;
  } finally {
    await db.close();
  }
}

/** Restores into an empty database (refuses anything else) and returns its row counts. */
export async function restoreDatabase(target: DatabaseTarget, file: string): Promise<Record<string, number>> {
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()",
      );
      if (rows[0]!.n > 0) throw new RestoreRefused("the target database is not empty: restore into a new database");
      // One transaction and stop at the first error: a failed restore leaves the database empty.
      await run("pg_restore", [
        "--no-owner",
        "--single-transaction",
        "--exit-on-error",
        `--dbname=${target.url}`,
        file,
      ]);
      return await countRows((sql) => client.query(sql));
    } finally {
      await client.end();
    }
  }
  if ((await readdir(target.dataDir).catch(() => [])).length > 0)
    throw new RestoreRefused(`the embedded database folder ${target.dataDir} is not empty: restore into a new folder`);
  const { PGlite } = await import("@electric-sql/pglite");
  const db = new PGlite(target.dataDir, { loadDataDir: new Blob([new Uint8Array(await readFile(file))]) });
  try {
    await db.waitReady;
    return await countRows((sql) => db.query(sql));
  } finally {
    await db.close();
  }
}

export class RestoreRefused extends Error {}
