// Child process for embedded-lock.test.ts: opens an embedded database folder the way the app
// does and commits numbered rows, printing "ack <n>" only after each commit returned.
import { embeddedDatabase } from "../../../lib/db/adapter";

const dir = process.argv[2]!;
try {
  const db = await embeddedDatabase(dir);
  await db.exec("CREATE TABLE IF NOT EXISTS acked (n int PRIMARY KEY)");
  console.log("ready");
  if (process.argv[3] === "--write")
    for (let n = 1; ; n++) {
      await db.query("INSERT INTO acked VALUES ($1)", [n]);
      console.log(`ack ${n}`);
    }
  await db.close();
} catch (error) {
  console.log(`refused ${(error as Error).message}`);
  process.exit(3);
}
process.exit(0);
