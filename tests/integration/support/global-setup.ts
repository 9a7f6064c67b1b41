// Integration tests never touch a developer's database.
// - DATABASE_URL set: a throwaway database sns_it_<timestamp>_<random> on that server,
//   migrated here, dropped at teardown.
// - Otherwise: an in-memory PGlite per worker (memory://integration), migrated by the worker
//   on first use (test-db.ts).
// Environment variables set here reach the workers: they are forked after global setup.
// A mail sink takes the e-mail of tests that do not look at mail (mail-sink.ts points each
// file at it); tests that check mail start their own catcher.
import { testPort } from "./ports";
import { createAdapter } from "../../../lib/db/adapter";
import { startMailCatcher } from "../../../scripts/mail-catcher";
import { applyPendingMigrations } from "../../../lib/db/schema-engine";
import { createThrowawayDatabase } from "../../../scripts/support/throwaway-database";

export const MAIL_SINK_SMTP_PORT = testPort(1399);

export default async function setup(): Promise<(() => Promise<void>) | void> {
  const sink = await startMailCatcher({ smtpPort: MAIL_SINK_SMTP_PORT, httpPort: testPort(1398) });
  if (!process.env.DATABASE_URL) {
    process.env.EMBEDDED_DATABASE_DIR = "memory://integration";
    return () => sink.close();
  }
  const baseUrl = process.env.DATABASE_URL;
  const database = await createThrowawayDatabase(baseUrl, "sns_it");
  process.env.DATABASE_URL = database.url;
  process.env.INTEGRATION_DATABASE_NAME = database.name;
  try {
    await applyPendingMigrations(await createAdapter({ kind: "postgres", url: database.url }));
  } catch (error) {
    await database.drop();
    await sink.close();
    throw error;
  }
  return async () => {
    await sink.close();
    await database.drop();
    process.env.DATABASE_URL = baseUrl;
  };
}
