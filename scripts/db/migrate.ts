// npm run db:migrate — applies pending migrations to DATABASE_URL or the embedded database.
import { createAdapter, databaseTarget } from "../../lib/db/adapter";
import { applyPendingMigrations } from "../../lib/db/schema-engine";

const target = databaseTarget();
const applied = await applyPendingMigrations(await createAdapter(target));
const where = target.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded database (${target.dataDir})`;
console.log(
  applied.length
    ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}`
    : `No pending migrations for ${where}.`,
);
process.exit(0);
