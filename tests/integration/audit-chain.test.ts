// The audit table is append-only for the role the app runs as, and hash-chained: verifying finds
// a row changed by hand (by its id), a forged link, a removed row and a cut-off tail, and the app
// keeps working meanwhile. Changing rows "by hand" here goes around the triggers the way only an
// owner or superuser can (session_replication_role), which the app never does.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setPreferredLocale } from "../../lib/account/preferences";
import { chainTriggersSql, GENESIS_HASH, verifyChain, type ChainReport } from "../../lib/audit/hash-chain";
import { recordAudit } from "../../lib/audit/record-audit";
import { auditVerify } from "../../lib/audit/verify-command";
import { databaseTarget } from "../../lib/db/adapter";
import type { Db } from "../../lib/db/client";
import type { Actor } from "../../lib/policy/actor";
import { actorFor, freshDemoWorld } from "./support/world";

let db: Db;
let school: Actor;
beforeEach(async () => {
  db = await freshDemoWorld();
  school = await actorFor(db, "school@demo.test");
});

const entry = (i: number) => ({ action: "test.event", entityType: "Test", entityId: `t${i}`, summary: { i } });
const rows = () =>
  db.auditEvent.findMany({ orderBy: { seq: "asc" }, select: { id: true, seq: true, prevHash: true, hash: true } });

/** As the owner, around the triggers: what someone with the database's keys could do. */
const byHand = (sql: string) =>
  db.$transaction([db.$executeRawUnsafe("SET LOCAL session_replication_role = replica"), db.$executeRawUnsafe(sql)]);
const rehash = (id: string) =>
  byHand(
    `UPDATE "AuditEvent" AS t SET "hash" = encode(sha256(convert_to(t."prevHash" || hash_chain_content(to_jsonb(t)), 'UTF8')), 'hex') WHERE t."id" = '${id}'`,
  );

async function someEvents(n: number) {
  for (let i = 0; i < n; i++) await recordAudit(db, school, entry(i));
  return rows();
}

const broken = (report: ChainReport) => (report.ok ? null : report.broken);

describe("the audit table is append-only", () => {
  it("refuses UPDATE, DELETE and TRUNCATE from the app's connection and through Prisma, and leaves every row as it was", async () => {
    const [first] = await someEvents(3);
    const before = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    const refusals = [
      db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "summary" = '{}'::jsonb WHERE "id" = '${first!.id}'`),
      db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = '${first!.id}'`),
      db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`),
      db.auditEvent.update({ where: { id: first!.id }, data: { action: "rewritten" } }),
      db.auditEvent.deleteMany({}),
    ];
    for (const attempt of refusals) await expect(attempt).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findMany({ orderBy: { seq: "asc" } })).toEqual(before);
  });

  it("a person with audit history cannot be deleted (their events would have to change)", async () => {
    await someEvents(1);
    await expect(db.user.delete({ where: { id: school.userId } })).rejects.toThrow();
    expect(await db.auditEvent.count({ where: { actorUserId: school.userId } })).toBeGreaterThan(0);
  });

  it("numbers and links each insert itself, whatever the insert claims", async () => {
    const head = (await rows()).at(-1)!;
    const forged = await db.auditEvent.create({
      data: { ...entry(0), seq: 1, prevHash: GENESIS_HASH, hash: "f".repeat(64) },
    });
    expect(forged).toMatchObject({ seq: head.seq + 1, prevHash: head.hash });
    expect(forged.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(forged.hash).not.toBe("f".repeat(64));
    expect((await verifyChain(db, "AuditEvent")).ok).toBe(true);
  });
});

describe("the hash chain", () => {
  it("stays whole under 20 concurrent transactions, some of which roll back", async () => {
    const before = await db.auditEvent.count();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        db.$transaction(async (tx) => {
          await recordAudit(tx, school, entry(i));
          // Keep the transaction open a moment after its audit row, so the writers overlap.
          await tx.$executeRaw`SELECT pg_sleep(0.01)`;
          if (i % 5 === 4) throw new Error("rolled back");
        }),
      ),
    );
    const rejected = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
    expect(rejected).toEqual(Array(4).fill("Error: rolled back"));
    const chain = await rows();
    expect(chain).toHaveLength(before + 16);
    expect(chain.map((r) => r.seq)).toEqual(chain.map((_, i) => i + 1)); // no gaps, no repeats
    expect(await verifyChain(db, "AuditEvent")).toMatchObject({ ok: true, count: before + 16 });
  });

  it("reports a row changed by hand with its id and seq; the app keeps writing and the break stays reported", async () => {
    const chain = await someEvents(5);
    const target = chain.at(-3)!;
    await byHand(`UPDATE "AuditEvent" SET "summary" = '{"i": 99}'::jsonb WHERE "id" = '${target.id}'`);

    expect(broken(await verifyChain(db, "AuditEvent"))).toEqual({
      reason: "hash",
      id: target.id,
      seq: target.seq,
      previous: null,
    });
    const { lines, exitCode } = await auditVerify(db, []);
    expect(exitCode).toBe(1);
    expect(lines.join("\n")).toContain(`BROKEN at seq ${target.seq} (id ${target.id})`);

    // The app is not stopped by a broken chain: a mutation still commits and its row links on.
    await setPreferredLocale(db, school, { locale: "en" });
    const latest = (await rows()).at(-1)!;
    expect(latest).toMatchObject({ seq: chain.at(-1)!.seq + 1, prevHash: chain.at(-1)!.hash });
    expect(broken(await verifyChain(db, "AuditEvent"))?.id).toBe(target.id);
  });

  it("reports a forged link: a row changed and re-hashed breaks at the next row, naming both", async () => {
    const chain = await someEvents(4);
    const [forged, next] = chain.slice(-2);
    await byHand(`UPDATE "AuditEvent" SET "action" = 'test.other' WHERE "id" = '${forged!.id}'`);
    await rehash(forged!.id);
    expect(broken(await verifyChain(db, "AuditEvent"))).toEqual({
      reason: "prevHash",
      id: next!.id,
      seq: next!.seq,
      previous: { id: forged!.id, seq: forged!.seq },
    });
  });

  it("reports a removed row at the row after the gap", async () => {
    const chain = await someEvents(4);
    const [removed, after] = chain.slice(-2);
    await byHand(`DELETE FROM "AuditEvent" WHERE "id" = '${removed!.id}'`);
    expect(broken(await verifyChain(db, "AuditEvent"))).toMatchObject({ reason: "seq", id: after!.id });
  });

  it("with an anchor noted earlier, also reports a cut-off tail", async () => {
    const chain = await someEvents(3);
    const head = chain.at(-1)!;
    const anchor = ["--anchor", `AuditEvent:${head.seq}:${head.hash}`];
    expect(await auditVerify(db, anchor)).toMatchObject({ exitCode: 0 });
    await byHand(`DELETE FROM "AuditEvent" WHERE "id" = '${head.id}'`);
    expect((await verifyChain(db, "AuditEvent")).ok).toBe(true); // without the anchor a cut tail looks whole
    const { lines, exitCode } = await auditVerify(db, anchor);
    expect(exitCode).toBe(1);
    expect(lines.join("\n")).toContain("cut off");
    expect(await auditVerify(db, ["--anchor", "nonsense"])).toMatchObject({ exitCode: 2 });
  });

  it("`npm run audit:verify` prints OK with the count, or the broken row's id with exit code 1", async () => {
    const chain = await someEvents(2);
    const target = databaseTarget();
    if (target.kind === "embedded") {
      // The in-memory database lives in this worker only: run the command's work here.
      expect((await auditVerify(db, [])).lines[0]).toMatch(new RegExp(`^AuditEvent: OK, ${chain.length} rows`));
      return;
    }
    const run = () =>
      promisify(execFile)("node_modules/.bin/tsx", ["scripts/audit-verify.ts"], {
        env: { ...process.env, DATABASE_URL: target.url },
      }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
      );
    expect(await run()).toMatchObject({ code: 0, out: expect.stringMatching(`AuditEvent: OK, ${chain.length} rows`) });
    await byHand(`UPDATE "AuditEvent" SET "entityId" = 'x' WHERE "id" = '${chain[0]!.id}'`);
    expect(await run()).toMatchObject({ code: 1, out: expect.stringContaining(`(id ${chain[0]!.id})`) });
  });
});

describe("another table on the same chain functions", () => {
  afterEach(async () => {
    await db.$executeRawUnsafe(`DROP TABLE IF EXISTS "ScratchLog"`);
  });

  it("is chained, append-only and verified by the same helpers (what the access log will use)", async () => {
    await db.$executeRawUnsafe(
      `CREATE TABLE "ScratchLog" ("id" TEXT PRIMARY KEY, "at" TIMESTAMPTZ NOT NULL DEFAULT now(), "what" TEXT,
        "seq" INTEGER NOT NULL DEFAULT 0 UNIQUE, "prevHash" TEXT NOT NULL DEFAULT '', "hash" TEXT NOT NULL DEFAULT '')`,
    );
    for (const statement of chainTriggersSql("ScratchLog")
      .split(";")
      .filter((s) => s.trim()))
      await db.$executeRawUnsafe(statement);
    const insert = (id: string) => db.$executeRawUnsafe(`INSERT INTO "ScratchLog" ("id") VALUES ('${id}')`);
    await insert("a");
    // A session in another time zone: timestamptz content hashes the same (the trigger works in UTC).
    await db.$transaction([db.$executeRawUnsafe(`SET LOCAL TIME ZONE 'Europe/Amsterdam'`), insert("b")]);
    await insert("c");
    // Its own chain, numbered from 1 whatever the audit table holds.
    expect(await verifyChain(db, "ScratchLog")).toMatchObject({ ok: true, count: 3, head: { seq: 3 } });
    await expect(db.$executeRawUnsafe(`DELETE FROM "ScratchLog"`)).rejects.toThrow(/append-only/);
    await byHand(`UPDATE "ScratchLog" SET "what" = 'changed' WHERE "id" = 'b'`);
    expect(broken(await verifyChain(db, "ScratchLog"))).toMatchObject({ reason: "hash", id: "b", seq: 2 });
  });
});
