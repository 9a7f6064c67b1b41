// npm run audit:verify [-- --anchor <table>:<seq>:<hash>] — walks the hash chain of every
// append-only table (lib/audit/hash-chain.ts) in DATABASE_URL or the embedded database and prints
// OK with the count and head, or the first broken link with its id and seq. Exit code 1 on a break.
// Keep a printed head somewhere else (a ticket, a mail): passed back as --anchor later, it also
// reveals a chain cut off or rewritten from that row on.
import { auditVerify } from "../lib/audit/verify-command";
import { createPrismaClient } from "../lib/db/create-client";

const db = await createPrismaClient();
let exitCode: number;
try {
  const result = await auditVerify(db, process.argv.slice(2));
  for (const line of result.lines) (result.exitCode === 2 ? console.error : console.log)(line);
  exitCode = result.exitCode;
} finally {
  await db.$disconnect();
}
process.exit(exitCode);
