// The database client for integration tests: one per worker, shared with application code
// that calls getDb() (lib/db/client.ts). global-setup.ts chose the database.
import { databaseTarget, createAdapter } from "../../../lib/db/adapter";
import { getDb, type Db } from "../../../lib/db/client";
import { applyPendingMigrations } from "../../../lib/db/schema-engine";

const globalForTests = globalThis as unknown as { __testDb?: Promise<Db> };

export function testDb(): Promise<Db> {
  globalForTests.__testDb ??= (async () => {
    const target = databaseTarget();
    if (target.kind === "postgres" && !process.env.INTEGRATION_DATABASE_NAME) {
      throw new Error(
        "DATABASE_URL does not point at the throwaway test database: run integration tests through `vitest run --project integration`.",
      );
    }
    // The embedded in-memory database starts empty in every worker: migrate it once.
    if (target.kind === "embedded") await applyPendingMigrations(await createAdapter(target));
    return getDb();
  })();
  return globalForTests.__testDb;
}

/**
 * Empties every table except _prisma_migrations. The audit table refuses TRUNCATE (append-only,
 * docs/decisions/0010): only this test reset, connected as the owner/superuser, switches triggers
 * off for its own transaction (session_replication_role = replica). The app never does this.
 */
export async function resetDb(db: Db): Promise<void> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map((t) => `"${t.tablename.replace(/"/g, '""')}"`).join(", ");
  await db.$transaction([
    db.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
    db.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`),
  ]);
}
