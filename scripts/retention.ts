// npm run retention [-- --dry-run | --print-rules] — removes what is past its retention term
// (lib/retention/rules.ts, README "Bewaartermijnen / Retention") and prints per rule how many
// rows it removed. Idempotent: run it daily (cron, a systemd timer); a second run removes 0.
// A rule that fails (a chain broken in the part it would remove) removes nothing and the
// others still run; the exit code is then 1.
// On the embedded database (no DATABASE_URL) stop the app first: one process owns .data/.
import { createPrismaClient } from "../lib/db/create-client";
import { retentionRulesMarkdown } from "../lib/retention/readme-table";
import { describeOutcome, runRetention } from "../lib/retention/run";

const args = process.argv.slice(2);
if (args.length > 1 || args.some((a) => a !== "--dry-run" && a !== "--print-rules")) {
  console.error("Usage: npm run retention [-- --dry-run | --print-rules]");
  process.exit(2);
}
if (args[0] === "--print-rules") {
  // The README's table (tests/unit/retention-readme.test.ts keeps the two equal).
  console.log(retentionRulesMarkdown());
  process.exit(0);
}
const dryRun = args.includes("--dry-run");
const db = await createPrismaClient();
let failed = false;
try {
  for (const outcome of await runRetention(db, { dryRun })) {
    (outcome.error ? console.error : console.log)(describeOutcome(outcome, dryRun));
    failed ||= Boolean(outcome.error);
  }
} finally {
  await db.$disconnect();
}
// Exit code 1 when a rule failed (a broken chain: see `npm run audit:verify`), so a scheduler notices.
process.exit(failed ? 1 : 0);
