// Server for the Playwright tests (playwright.config.ts starts it): a throwaway database
// (a new database on the DATABASE_URL server, or a fresh PGlite directory), migrated and
// seeded with the demo data; the mail catcher on SMTP 1125 / HTTP 1180; and the production
// build (`next build` must have run) on http://127.0.0.1:3100. Cleans up on SIGTERM/SIGINT.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DatabaseTarget } from "../lib/db/adapter";
import { startMailCatcher } from "./mail-catcher";
import { runNext } from "./support/app-server";
import { randomSecret } from "./support/auth-secret";
import { prepareDatabase } from "./support/prepare-database";
import { createThrowawayDatabase, type ThrowawayDatabase } from "./support/throwaway-database";

// E2E_PORT moves all three (e.g. two work trees running their e2e suites side by side).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const SMTP_PORT = PORT - 3100 + 1125;
const HTTP_PORT = PORT - 3100 + 1180;

let throwaway: ThrowawayDatabase | undefined;
let catcher: Awaited<ReturnType<typeof startMailCatcher>> | undefined;
let tempDir: string | undefined;
let target: DatabaseTarget;
const dbEnv: NodeJS.ProcessEnv = { ...process.env };

if (process.env.DATABASE_URL) {
  throwaway = await createThrowawayDatabase(process.env.DATABASE_URL, "sns_e2e");
  target = { kind: "postgres", url: throwaway.url };
  dbEnv.DATABASE_URL = throwaway.url;
} else {
  tempDir = mkdtempSync(path.join(tmpdir(), "sns-e2e-"));
  target = { kind: "embedded", dataDir: path.join(tempDir, "pglite") };
  dbEnv.EMBEDDED_DATABASE_DIR = target.dataDir;
}

async function cleanup() {
  await catcher?.close();
  await throwaway?.drop();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}

try {
  Object.assign(dbEnv, await prepareDatabase(target, { seed: true }));
  catcher = await startMailCatcher({ smtpPort: SMTP_PORT, httpPort: HTTP_PORT });
} catch (error) {
  console.error("e2e server: preparation failed:", error);
  await cleanup();
  process.exit(1);
}
console.log(`e2e server: database ${throwaway?.name ?? target.kind}, Postvak http://127.0.0.1:${HTTP_PORT}`);

runNext(
  ["start", "-p", String(PORT), "-H", "127.0.0.1"],
  {
    ...dbEnv,
    NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
    NEXTAUTH_SECRET: randomSecret(),
    // Demo accounts skip the second factor as on the embedded database (decision 0018); accounts
    // the tests create still enrol. Accepted only because the address is loopback.
    MFA_DEMO_RELAXED: "1",
    SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    MAIL_CATCHER_HTTP_PORT: String(HTTP_PORT),
    // One shared database for the whole suite: demo people get more mail in an hour than anyone real.
    MAIL_LIMIT_PER_RECIPIENT: "1000",
    MAIL_LIMIT_PER_SENDER: "1000",
  },
  cleanup,
);
