// npm run user:deactivate -- <email> "<reason>" — operator action: the account can no longer
// sign in, and its open sessions end at their next request. Written to the audit log.
import { deactivateUser } from "../lib/account/sessions";
import { createPrismaClient } from "../lib/db/create-client";
import { NotFoundError } from "../lib/policy/errors";

const [email, reason] = process.argv.slice(2);
if (!email || !reason) {
  console.error('Usage: npm run user:deactivate -- <email> "<reason>"');
  process.exit(2);
}
const db = await createPrismaClient();
try {
  const { wasActive } = await deactivateUser(db, null, email, reason);
  console.log(
    wasActive
      ? `Deactivated ${email}; open sessions end at their next request.`
      : `${email} was already deactivated; sessions revoked again.`,
  );
} catch (error) {
  if (error instanceof NotFoundError) {
    console.error(`No account with e-mail ${email}.`);
    process.exit(1);
  }
  throw error;
} finally {
  await db.$disconnect();
}
process.exit(0);
