// Integration tests never touch a developer's database.
// - DATABASE_URL set: a throwaway database sns_it_<timestamp>_<random> on that server,
//   migrated here, dropped at teardown.
// - Otherwise: an in-memory PGlite per worker (memory://integration), migrated by the worker
//   on first use (test-db.ts).
// Environment variables set here reach the workers: they are forked after global setup.
import { createAdapter } from "../../../lib/db/adapter";
import { applyPendingMigrations } from "../../../lib/db/schema-engine";
import { createThrowawayDatabase } from "../../../scripts/support/throwaway-database";

export default async function setup(): Promise<(() => Promise<void>) | void> {
  if (!process.env.DATABASE_URL) {
    process.env.EMBEDDED_DATABASE_DIR = "memory://integration";
    return;
  }
  const baseUrl = process.env.DATABASE_URL;
  const database = await createThrowawayDatabase(baseUrl, "sns_it");
  process.env.DATABASE_URL = database.url;
  process.env.INTEGRATION_DATABASE_NAME = database.name;
  try {
    await applyPendingMigrations(await createAdapter({ kind: "postgres", url: database.url }));
  } catch (error) {
    await database.drop();
    throw error;
  }
  return async () => {
    await database.drop();
    process.env.DATABASE_URL = baseUrl;
  };
}
