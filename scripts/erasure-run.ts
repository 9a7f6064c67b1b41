// npm run erasure:run — carries out the requests to erase a child's record whose confirmation
// period has passed (lib/children/erasure/carry-out.ts). Run it daily from a scheduler; it is
// safe to re-run: a child is erased once.
import { createPrismaClient } from "../lib/db/create-client";
import { carryOutDueErasures } from "../lib/children/erasure/carry-out";

const db = await createPrismaClient();
try {
  const erased = await carryOutDueErasures(db);
  console.log(`Erased the records of ${erased} child(ren).`);
} finally {
  await db.$disconnect();
}
process.exit(0);
