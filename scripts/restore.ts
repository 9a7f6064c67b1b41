// npm run restore -- <archive.tar.gz> — brings a backup back into an EMPTY database (the one in
// DATABASE_URL, or a new embedded folder) and an empty upload folder, then checks every table's
// row count and every file's hash against the archive's manifest.
import { restoreBackup, RestoreRefused } from "../lib/backup/backup";
import { databaseTarget } from "../lib/db/adapter";
import { appConfig } from "../lib/config/app-config";

const archive = process.argv[2];
if (!archive) {
  console.error("Usage: npm run restore -- <archive.tar.gz>");
  process.exit(2);
}
try {
  const check = await restoreBackup(archive, databaseTarget(), appConfig().uploadDir);
  if (check.differences.length > 0) {
    console.error(`Restored, but it differs from the backup:\n  ${check.differences.join("\n  ")}`);
    process.exit(1);
  }
  console.log(
    `Restored and checked: ${check.tablesChecked} tables (row counts) and ${check.filesChecked} files (SHA-256) match.`,
  );
} catch (error) {
  if (error instanceof RestoreRefused) {
    console.error(`Not restored: ${error.message}.`);
    process.exit(1);
  }
  throw error;
}
process.exit(0);
