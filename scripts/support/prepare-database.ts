// Shared by dev.ts, start.ts, e2e-server.ts and smoke-embedded.ts: bring the database up to
// date, load the demo data where it belongs, and release the embedded database so that
// the Next.js server (a separate process) can open it.
import { mkdirSync } from "node:fs";
import { createAdapter, embeddedDatabase, type DatabaseTarget } from "../../lib/db/adapter";
import { createPrismaClient } from "../../lib/db/create-client";
import { applyPendingMigrations } from "../../lib/db/schema-engine";
import { acquireEmbeddedLock, LOCK_TOKEN_ENV } from "../../lib/db/embedded-lock";
import { seedDemo } from "../../lib/seed/seed-demo";

export function ensureDataDir(): void {
  mkdirSync(".data", { recursive: true });
}

/** Demo data goes into the embedded database; into DATABASE_URL only with SEED_DEMO=1. */
export function shouldSeedDemo(target: DatabaseTarget, env: NodeJS.ProcessEnv = process.env): boolean {
  return target.kind === "embedded" || env.SEED_DEMO === "1";
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "embedded") return `embedded database (${target.dataDir})`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.host}${url.pathname}`;
}

/**
 * Migrates (and seeds). On the embedded database this process takes the folder's lock first and
 * keeps it for its lifetime; the returned environment hands it to the Next.js child it starts.
 */
export async function prepareDatabase(
  target: DatabaseTarget,
  opts: { seed: boolean },
): Promise<Record<string, string>> {
  const lockEnv: Record<string, string> =
    target.kind === "embedded" ? { [LOCK_TOKEN_ENV]: acquireEmbeddedLock(target.dataDir) } : {};
  const where = describeTarget(target);
  const applied = await applyPendingMigrations(await createAdapter(target));
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}`
      : `Migrations up to date (${where}).`,
  );

  if (opts.seed) {
    const db = await createPrismaClient(target);
    try {
      const result = await seedDemo(db);
      console.log(result.created ? `Loaded the demo data into ${where}.` : `Demo data already present in ${where}.`);
    } finally {
      await db.$disconnect();
    }
  } else if (target.kind === "postgres") {
    console.log("Not loading demo data into DATABASE_URL (set SEED_DEMO=1 to do so).");
  }

  // PGlite allows one process per data directory: close ours before next opens it.
  if (target.kind === "embedded") await (await embeddedDatabase(target.dataDir)).close();
  return lockEnv;
}
