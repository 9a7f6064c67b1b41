// npm run notifications:digest — the daily job: announces arrangements entering their
// evaluation window, then sends the e-mail digest to users who chose "Eén keer per dag". Run it
// once a day from a scheduler (cron, a Kubernetes CronJob); it is safe to re-run: an
// arrangement is announced once, and a notification goes out in one digest only.
import { createPrismaClient } from "../lib/db/create-client";
import { notifyEndingArrangements } from "../lib/arrangements/workflow/period-ending";
import { sendDailyDigests } from "../lib/notifications/email";

const db = await createPrismaClient();
try {
  const ending = await notifyEndingArrangements(db);
  console.log(`Announced ${ending} arrangement(s) entering their evaluation window.`);
  const sent = await sendDailyDigests(db);
  console.log(`Sent ${sent} digest e-mail(s).`);
} finally {
  await db.$disconnect();
}
process.exit(0);
