// The access log is kept as proof (NEN 7513: protected against change), so like the audit it is
// append-only for the app and hash-chained: an entry changed by hand is reported by
// `npm run audit:verify`, which walks both chains.
import { beforeEach, describe, expect, it } from "vitest";
import { getChildForActor } from "../../lib/children/queries";
import { verifyChain } from "../../lib/audit/hash-chain";
import { auditVerify } from "../../lib/audit/verify-command";
import type { Db } from "../../lib/db/client";
import { accessLogHead, accessLogSince } from "./support/access-log";
import { actorFor, freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

/** Three views of Noor by her school: three entries in the log. */
async function threeViews() {
  const school = await actorFor(db, "school@demo.test");
  const head = await accessLogHead(db);
  for (let i = 0; i < 3; i++) await getChildForActor(db, school, ID.noor);
  return accessLogSince(db, head);
}

describe("the access log is append-only and chained", () => {
  it("refuses UPDATE, DELETE and TRUNCATE, and leaves every entry as it was", async () => {
    const [first] = await threeViews();
    const before = await db.accessLogEntry.findMany({ orderBy: { seq: "asc" } });
    const refusals = [
      db.$executeRawUnsafe(`UPDATE "AccessLogEntry" SET "actorName" = 'niemand' WHERE "id" = '${first!.id}'`),
      db.$executeRawUnsafe(`DELETE FROM "AccessLogEntry" WHERE "id" = '${first!.id}'`),
      db.$executeRawUnsafe(`TRUNCATE "AccessLogEntry"`),
      db.accessLogEntry.deleteMany({ where: { childId: ID.noor } }),
    ];
    for (const attempt of refusals) await expect(attempt).rejects.toThrow(/append-only/);
    expect(await db.accessLogEntry.findMany({ orderBy: { seq: "asc" } })).toEqual(before);
  });

  it("links each entry to the one before it; an entry changed by hand is reported with its id", async () => {
    const entries = await threeViews();
    for (const [i, e] of entries.entries()) if (i > 0) expect(e.prevHash).toBe(entries[i - 1]!.hash);
    expect(await verifyChain(db, "AccessLogEntry")).toMatchObject({ ok: true });

    const target = entries[1]!;
    // Around the trigger, as only the database's owner can: someone hiding who looked.
    await db.$transaction([
      db.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
      db.$executeRawUnsafe(`UPDATE "AccessLogEntry" SET "actorName" = 'iemand anders' WHERE "id" = '${target.id}'`),
    ]);
    const { lines, exitCode } = await auditVerify(db, []);
    expect(exitCode).toBe(1);
    expect(lines.join("\n")).toContain(`(id ${target.id})`);
  });
});
