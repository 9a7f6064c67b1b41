// npm run backup [-- <archive.tar.gz>] — one archive with a consistent dump of the database in
// use (DATABASE_URL, or the embedded one: stop the app first) and the uploaded files.
import { createBackup } from "../lib/backup/backup";
import { databaseTarget } from "../lib/db/adapter";
import { appConfig } from "../lib/config/app-config";

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const archive = process.argv[2] ?? `backups/samen-naar-school-${stamp}.tar.gz`;
const started = Date.now();
console.log(`Backup of the ${databaseTarget().kind} database and ${appConfig().uploadDir} …`);
const result = await createBackup(databaseTarget(), appConfig().uploadDir, archive);
console.log(
  `Wrote ${result.archive}: ${result.tables} tables, ${result.rows} rows, ${result.files} files ` +
    `(${((Date.now() - started) / 1000).toFixed(1)} s).`,
);
process.exit(0);
