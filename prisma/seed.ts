// npm run db:seed — loads the demo data (fictitious organisations, demo accounts) into the
// embedded database, or into DATABASE_URL only with --force-demo or SEED_DEMO=1.
// npm run db:seed -- --scale national|<factor> adds a generated national-size dataset on top
// (lib/seed/national), under the same rule.
// Apply migrations first: npx tsx scripts/db/migrate.ts
import { databaseTarget } from "../lib/db/adapter";
import { createPrismaClient } from "../lib/db/create-client";
import { DEMO_PASSWORD, INITIATIVES, ORGANISATIONS, USERS } from "../lib/seed/demo-data";
import { seedNational } from "../lib/seed/national/seed-national";
import { parseScale } from "../lib/seed/national/scale";
import { seedDemo } from "../lib/seed/seed-demo";

const target = databaseTarget();
const forced = process.argv.includes("--force-demo") || process.env.SEED_DEMO === "1";

// --scale <value> or --scale=<value>; checked before anything touches the database.
const scaleIndex = process.argv.findIndex((a) => a === "--scale" || a.startsWith("--scale="));
let scaleFactor: number | null = null;
if (scaleIndex >= 0) {
  const arg = process.argv[scaleIndex]!;
  const parsed = parseScale(arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : process.argv[scaleIndex + 1]);
  if ("error" in parsed) {
    console.error(parsed.error);
    process.exit(2);
  }
  scaleFactor = parsed.factor;
}

if (target.kind === "postgres" && !forced) {
  console.log(
    "Not seeding: DATABASE_URL points at a PostgreSQL server, and demo data (demo accounts with a public password)\n" +
      "does not belong in a real database. Pass --force-demo (npm run db:seed -- --force-demo) or set SEED_DEMO=1 to seed anyway.",
  );
  process.exit(0);
}

const where = target.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded database (${target.dataDir})`;
const db = await createPrismaClient(target);
if (scaleFactor !== null) {
  try {
    console.log(`Target: ${where}.`);
    const result = await seedNational(db, {
      factor: scaleFactor,
      live: process.stdout.isTTY ? (chunk) => process.stdout.write(chunk) : undefined,
    });
    if (result.created)
      console.log(
        `Demo accounts (password "${DEMO_PASSWORD}") such as swv@demo.test and gemeente@demo.test now see the generated data; generated users sign in as gebruiker<n>@generated.test.`,
      );
  } catch (error) {
    console.error(
      "Generating the national dataset failed; none of the generated data was written (one transaction). Have the migrations been applied? (npx tsx scripts/db/migrate.ts)",
    );
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  }
  await db.$disconnect();
  process.exit(0);
}
try {
  const result = await seedDemo(db);
  if (result.created) {
    const n = result.newlyCreated;
    console.log(
      `Seeded demo data into ${where}: ${n.organisations} organisation(s), ${n.users} user(s), ${n.memberships} membership(s), ` +
        `${n.initiatives} initiative(s), ${n.participants} participant(s), ${n.links} gemeente link(s) created.`,
    );
  } else {
    console.log(`Demo data already present in ${where}; nothing changed.`);
  }
  console.log(
    `Demo set: ${ORGANISATIONS.length} organisations, ${USERS.length} users, ${INITIATIVES.length} initiatives.`,
  );
  console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
  for (const email of [
    "ouder@demo.test",
    "school@demo.test",
    "swv@demo.test",
    "gemeente@demo.test",
    "gemeente.alkmaar@demo.test",
    "zorg@demo.test",
    "steunpunt@demo.test",
  ]) {
    console.log(`  ${email}  (${USERS.find((u) => u.email === email)?.name ?? "?"})`);
  }
  console.log(
    target.kind === "embedded"
      ? "Two-step verification: demo accounts skip it on this embedded database (a banner says so); other organisation members enrol at their first sign-in."
      : "Two-step verification is required for organisation members: demo accounts enrol at their first sign-in (any authenticator app).",
  );
} catch (error) {
  console.error("Seeding failed. Have the migrations been applied? (npx tsx scripts/db/migrate.ts)");
  console.error(error);
  await db.$disconnect();
  process.exit(1);
}
await db.$disconnect();
process.exit(0);
