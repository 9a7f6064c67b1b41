// npm run notifications:digest — sends the daily e-mail digest to users who chose "Eén keer per
// dag". Run it once a day from a scheduler (cron, a Kubernetes CronJob); it is safe to re-run:
// a notification goes out in one digest only.
import { createPrismaClient } from "../lib/db/create-client";
import { sendDailyDigests } from "../lib/notifications/email";

const db = await createPrismaClient();
try {
  const sent = await sendDailyDigests(db);
  console.log(`Sent ${sent} digest e-mail(s).`);
} finally {
  await db.$disconnect();
}
process.exit(0);
