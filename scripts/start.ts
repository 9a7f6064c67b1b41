// npm start — production server (`next start`; run `npm run build` first). Same preparation
// as dev: migrate, seed only the embedded database (or DATABASE_URL with SEED_DEMO=1).
// With DATABASE_URL (production) NEXTAUTH_SECRET is required; on the embedded database a
// local secret is created in .data/auth-secret when none is set.
import { existsSync } from "node:fs";
import { databaseTarget } from "../lib/db/adapter";
import { runNext, startLocalMailCatcher } from "./support/app-server";
import { resolveAuthSecret } from "./support/auth-secret";
import { prepareDatabase, shouldSeedDemo } from "./support/prepare-database";

const target = databaseTarget();
const secret = resolveAuthSecret({ generate: target.kind === "embedded" });
if (!secret) {
  console.error(
    "NEXTAUTH_SECRET is not set. With DATABASE_URL (production) it is required: set it to a long random value, e.g. `openssl rand -base64 32`.",
  );
  process.exit(1);
}
if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build found in .next/. Run `npm run build` first.");
  process.exit(1);
}

const lockEnv = await prepareDatabase(target, { seed: shouldSeedDemo(target) });

let mail: Awaited<ReturnType<typeof startLocalMailCatcher>> = {
  smtpUrl: process.env.SMTP_URL ?? "smtp://127.0.0.1:1025",
};
if (!process.env.SMTP_URL) {
  if (target.kind === "embedded") mail = await startLocalMailCatcher(1025, 1080);
  else console.warn("SMTP_URL is not set: mail goes to smtp://127.0.0.1:1025. Set SMTP_URL to your mail relay.");
}
const port = process.env.PORT ?? "3000";
if (!process.env.NEXTAUTH_URL && target.kind === "postgres")
  console.warn(`NEXTAUTH_URL is not set; using http://localhost:${port}.`);

runNext(
  ["start", "-p", port, ...(process.env.HOST ? ["-H", process.env.HOST] : [])],
  {
    ...process.env,
    ...lockEnv,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: secret,
    SMTP_URL: mail.smtpUrl,
  },
  async () => mail.catcher?.close(),
);
