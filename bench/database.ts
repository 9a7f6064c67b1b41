// One fresh database per data factor, so each measurement starts from the same known state
// and nothing is left behind in a developer's database.
import { spawn } from "node:child_process";
import { PrismaPg } from "@prisma/adapter-pg";
import { applyPendingMigrations } from "../lib/db/schema-engine";
import { createNamedDatabase, onServer, type ThrowawayDatabase } from "../scripts/support/throwaway-database";

export type BenchDatabase = ThrowawayDatabase;

export function databaseName(factor: number): string {
  return `bench_${String(factor).replace(".", "_")}`;
}

/** Drops any leftover of an earlier run with the same name, then creates it empty. */
export function createBenchDatabase(serverUrl: string, factor: number): Promise<BenchDatabase> {
  return createNamedDatabase(serverUrl, databaseName(factor));
}

export async function migrate(url: string): Promise<number> {
  return (await applyPendingMigrations(new PrismaPg({ connectionString: url }))).length;
}

/**
 * Loads the data through the project's own CLI (`npm run db:seed -- --scale <f> --force-demo`),
 * the same path a developer uses; factor 0 loads the demo data alone. Its output goes to
 * `log` so a failure is visible.
 */
export function seed(url: string, factor: number, log: (line: string) => void): Promise<void> {
  const args = ["run", "--silent", "db:seed", "--", "--force-demo", ...(factor > 0 ? ["--scale", String(factor)] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn("npm", args, { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
    const forward = (chunk: Buffer) =>
      chunk
        .toString()
        .split("\n")
        .filter(Boolean)
        .forEach((line) => log(line));
    child.stdout.on("data", forward);
    child.stderr.on("data", forward);
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`npm ${args.join(" ")} exited with ${code}`)),
    );
  });
}

/**
 * Fresh statistics, as a database that has been running a while would have: without them
 * the planner guesses on a just-loaded table and the first minutes measure autovacuum.
 */
export async function analyze(url: string): Promise<void> {
  await onServer(url, (c) => c.query("ANALYZE"));
}

export async function countInitiatives(url: string): Promise<number> {
  return onServer(url, async (c) =>
    Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM "Initiative"`)).rows[0]?.n ?? 0),
  );
}
