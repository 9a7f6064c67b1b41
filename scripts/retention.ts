// npm run retention [-- --dry-run] — removes what is past its retention term
// (lib/retention/rules.ts, README "Bewaartermijnen / Retention") and prints per rule how many
// rows it removed. Idempotent: run it daily (cron, a systemd timer); a second run removes 0.
// On the embedded database (no DATABASE_URL) stop the app first: one process owns .data/.
import { createPrismaClient } from "../lib/db/create-client";
import { describeOutcome, runRetention } from "../lib/retention/run";

const args = process.argv.slice(2);
if (args.some((a) => a !== "--dry-run")) {
  console.error("Usage: npm run retention [-- --dry-run]");
  process.exit(2);
}
const dryRun = args.includes("--dry-run");
const db = await createPrismaClient();
try {
  for (const outcome of await runRetention(db, { dryRun })) console.log(describeOutcome(outcome, dryRun));
} finally {
  await db.$disconnect();
}
process.exit(0);
