// npm run dev — migrates (and on the embedded database seeds) the database, starts the
// local mail catcher unless SMTP_URL is set, then runs `next dev`.
import { databaseTarget } from "../lib/db/adapter";
import { runNext, startLocalMailCatcher } from "./support/app-server";
import { resolveAuthSecret } from "./support/auth-secret";
import { ensureDataDir, prepareDatabase, shouldSeedDemo } from "./support/prepare-database";

ensureDataDir();
const target = databaseTarget();
const secret = resolveAuthSecret({ generate: true });
const lockEnv = await prepareDatabase(target, { seed: shouldSeedDemo(target) });

const mail = process.env.SMTP_URL
  ? { smtpUrl: process.env.SMTP_URL, catcher: undefined }
  : await startLocalMailCatcher(1025, 1080);
const port = process.env.PORT ?? "3000";

runNext(
  ["dev", "-p", port],
  {
    ...process.env,
    ...lockEnv,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: secret,
    SMTP_URL: mail.smtpUrl,
  },
  async () => mail.catcher?.close(),
);
