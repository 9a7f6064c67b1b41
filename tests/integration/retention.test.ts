// Retention (lib/retention, decision 0013): each rule removes exactly the rows past its term and
// keeps the rest; a second run removes nothing; the append-only chains are cut only at their
// start, by the database function, never past the term it holds itself, and `audit:verify` still
// passes afterwards and still names a row changed by hand. Changing rows "by hand" goes around
// the triggers the way only an owner or superuser can, which the app never does.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { verifyChain } from "../../lib/audit/hash-chain";
import { auditVerify } from "../../lib/audit/verify-command";
import { databaseTarget } from "../../lib/db/adapter";
import type { Db } from "../../lib/db/client";
import { RETENTION_RULES } from "../../lib/retention/rules";
import { describeOutcome, runRetention } from "../../lib/retention/run";
import { createOrganisation, createUser } from "./support/factories";
import { freshEmptyWorld } from "./support/world";

const DAY = 24 * 60 * 60 * 1000;
let db: Db;
let now: Date;
beforeEach(async () => {
  db = await freshEmptyWorld();
  now = new Date();
});

const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
const yearsAgo = (years: number, plusDays = 0) => {
  const at = new Date(now.getTime() + plusDays * DAY);
  at.setUTCFullYear(at.getUTCFullYear() - years);
  return at;
};
/** The term of a rule in years: the chain tests below check the database function against it. */
const termYears = (key: string) => {
  const term = RETENTION_RULES.find((r) => r.key === key)!.term;
  if (!("years" in term)) throw new Error(`${key}: not a term in years`);
  return term.years;
};
const ACCESS = termYears("access-log");
const AUDIT = termYears("audit");
const ARRANGEMENT = termYears("audit-arrangements");

const removedBy = (outcomes: Awaited<ReturnType<typeof runRetention>>) =>
  Object.fromEntries(outcomes.map((o) => [o.key, o.removed]));

const byHand = (sql: string) =>
  db.$transaction([db.$executeRawUnsafe("SET LOCAL session_replication_role = replica"), db.$executeRawUnsafe(sql)]);

async function audit(createdAt: Date, entityType = "Test", entityId = "t") {
  return db.auditEvent.create({
    data: { action: "test.event", entityType, entityId, summary: {}, createdAt },
    select: { id: true, seq: true, hash: true },
  });
}

async function access(at: Date) {
  return db.accessLogEntry.create({
    data: { at, action: "VIEW", subjectType: "CHILD", subjectId: "c1", clientAddress: "127.0.0.1" },
    select: { id: true, seq: true, hash: true },
  });
}

const ids = async (table: "auditEvent" | "accessLogEntry") =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ((await (db[table] as any).findMany({ orderBy: { seq: "asc" }, select: { id: true } })) as { id: string }[]).map(
    (r) => r.id,
  );

describe("plain tables", () => {
  it("removes exactly the sign-in attempts, ended sessions, expired sign-in links and unaccepted expired invitations past term; a second run removes nothing", async () => {
    const org = await createOrganisation(db, { kind: "SCHOOL" });
    const inviter = await createUser(db);
    const initiative = await db.initiative.create({ data: { name: "Test", createdById: inviter.id } });
    const attempt = (createdAt: Date) =>
      db.loginAttempt.create({ data: { email: "a@b.test", ip: "1.2.3.4", success: false, createdAt } });
    const token = (expires: Date, token: string) =>
      db.verificationToken.create({ data: { identifier: "a@b.test", token, expires } });
    const invitation = (expiresAt: Date, tokenHash: string, acceptedAt: Date | null = null) =>
      db.invitation.create({
        data: {
          organisationId: org.id,
          email: "x@b.test",
          role: "LEZER",
          tokenHash,
          expiresAt,
          acceptedAt,
          invitedById: inviter.id,
        },
      });
    const initiativeInvitation = (expiresAt: Date, tokenHash: string, acceptedAt: Date | null = null) =>
      db.initiativeInvitation.create({
        data: {
          initiativeId: initiative.id,
          email: "x@b.test",
          tokenHash,
          expiresAt,
          acceptedAt,
          invitedById: inviter.id,
        },
      });

    const HOUR = DAY / 24;
    const session = (createdDaysAgo: number, endedAt: Date | null) =>
      db.session.create({
        data: {
          id: `s${createdDaysAgo}-${endedAt?.getTime() ?? "open"}`,
          userId: inviter.id,
          method: "PASSWORD",
          createdAt: daysAgo(createdDaysAgo),
          lastSeenAt: daysAgo(createdDaysAgo),
          expiresAt: new Date(daysAgo(createdDaysAgo).getTime() + 12 * HOUR),
          endedAt,
          clientAddress: "127.0.0.1",
        },
      });
    const signedOutLongAgo = await session(31.2, daysAgo(31.1));
    const expiredNeverClosed = await session(31.6, null); // absolute end 31.1 days ago
    const expiredClosedLater = await session(30.6, daysAgo(20)); // ended at its absolute end, 30.1 days ago
    const signedOutRecently = await session(29.2, daysAgo(29.1));
    const open = await session(0.1, null);

    const oldAttempt = await attempt(daysAgo(31));
    const youngAttempt = await attempt(daysAgo(29));
    await token(daysAgo(2), "old");
    await token(new Date(now.getTime() - DAY / 2), "just-expired");
    await token(new Date(now.getTime() + DAY), "valid");
    const oldInvitation = await invitation(daysAgo(31), "i-old");
    const acceptedInvitation = await invitation(daysAgo(400), "i-accepted", daysAgo(401));
    const youngInvitation = await invitation(daysAgo(29), "i-young");
    const oldInitiativeInvitation = await initiativeInvitation(daysAgo(31), "ii-old");
    const acceptedInitiativeInvitation = await initiativeInvitation(daysAgo(40), "ii-accepted", daysAgo(41));
    const youngInitiativeInvitation = await initiativeInvitation(daysAgo(10), "ii-young");

    const dryRun = await runRetention(db, { now, dryRun: true });
    expect(removedBy(dryRun)).toMatchObject({
      "sign-in-attempts": 1,
      sessions: 3,
      "sign-in-links": 1,
      "organisation-invitations": 1,
      "initiative-invitations": 1,
    });
    expect(await db.loginAttempt.count()).toBe(2); // the dry run changed nothing

    expect(removedBy(await runRetention(db, { now }))).toMatchObject({
      "sign-in-attempts": 1,
      sessions: 3,
      "sign-in-links": 1,
      "organisation-invitations": 1,
      "initiative-invitations": 1,
    });
    expect((await db.loginAttempt.findMany()).map((r) => r.id)).toEqual([youngAttempt.id]);
    expect((await db.session.findMany({ orderBy: { createdAt: "asc" } })).map((r) => r.id)).toEqual([
      signedOutRecently.id,
      open.id,
    ]);
    expect([signedOutLongAgo, expiredNeverClosed, expiredClosedLater].map((r) => r.id)).toHaveLength(3);
    expect(oldAttempt.id).not.toBe(youngAttempt.id);
    expect((await db.verificationToken.findMany({ orderBy: { expires: "asc" } })).map((t) => t.token)).toEqual([
      "just-expired",
      "valid",
    ]);
    expect((await db.invitation.findMany({ orderBy: { expiresAt: "asc" } })).map((i) => i.id)).toEqual([
      acceptedInvitation.id,
      youngInvitation.id,
    ]);
    expect(await db.invitation.findUnique({ where: { id: oldInvitation.id } })).toBeNull();
    expect((await db.initiativeInvitation.findMany({ orderBy: { expiresAt: "asc" } })).map((i) => i.id)).toEqual([
      acceptedInitiativeInvitation.id,
      youngInitiativeInvitation.id,
    ]);
    expect(await db.initiativeInvitation.findUnique({ where: { id: oldInitiativeInvitation.id } })).toBeNull();

    // The run is in the audit, with counts only.
    const logged = await db.auditEvent.findFirstOrThrow({ where: { action: "retention.applied" } });
    expect(logged.summary).toEqual({
      "sign-in-attempts": 1,
      sessions: 3,
      "sign-in-links": 1,
      "organisation-invitations": 1,
      "initiative-invitations": 1,
    });

    const again = await runRetention(db, { now });
    expect(again.every((o) => o.removed === 0 || o.removed === null)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "retention.applied" } })).toBe(1);
  });
});

describe("the access log chain", () => {
  it("removes the entries older than five years from the start of the chain, keeps the rest, and verifies from the anchor", async () => {
    const old1 = await access(yearsAgo(ACCESS, -2));
    const old2 = await access(yearsAgo(ACCESS, -1));
    const young = await access(yearsAgo(ACCESS, 2));
    const fresh = await access(now);

    expect(removedBy(await runRetention(db, { now, dryRun: true }))["access-log"]).toBe(2);
    expect(await ids("accessLogEntry")).toEqual([old1.id, old2.id, young.id, fresh.id]);

    expect(removedBy(await runRetention(db, { now }))["access-log"]).toBe(2);
    expect(await ids("accessLogEntry")).toEqual([young.id, fresh.id]);
    const anchor = await db.hashChainAnchor.findFirstOrThrow({ where: { chainTable: "AccessLogEntry" } });
    expect(anchor).toMatchObject({ lastSeq: old2.seq, lastHash: old2.hash, prunedCount: 2 });

    const report = await verifyChain(db, "AccessLogEntry");
    expect(report).toMatchObject({ ok: true, count: 2, pruned: { lastSeq: old2.seq, count: 2 } });
    const verified = await auditVerify(db, []);
    expect(verified.exitCode).toBe(0);
    expect(verified.lines.join("\n")).toContain(`AccessLogEntry: OK, 2 rows (seq 1-${old2.seq} removed by retention`);
    // A head noted before the prune still checks out against the prune's anchor.
    expect((await auditVerify(db, ["--anchor", `AccessLogEntry:${old2.seq}:${old2.hash}`])).exitCode).toBe(0);
    expect((await auditVerify(db, ["--anchor", `AccessLogEntry:${old2.seq}:${"a".repeat(64)}`])).exitCode).toBe(1);

    expect(removedBy(await runRetention(db, { now }))["access-log"]).toBe(0);

    // Changed by hand after the prune: still found, by its id.
    await byHand(`UPDATE "AccessLogEntry" SET "actorName" = 'iemand anders' WHERE "id" = '${young.id}'`);
    const broken = await auditVerify(db, []);
    expect(broken.exitCode).toBe(1);
    expect(broken.lines.join("\n")).toContain(`AccessLogEntry: BROKEN at seq ${young.seq} (id ${young.id})`);
  });

  it("never removes an entry younger than five years, whatever instant the caller passes", async () => {
    const old = await access(yearsAgo(ACCESS + 1));
    const young = await access(yearsAgo(ACCESS, 2));
    await access(now);
    const [result] = await db.$queryRaw<{ removed: number }[]>`
      SELECT removed FROM retention_prune_chain('AccessLogEntry', now() + interval '50 years')`;
    expect(Number(result!.removed)).toBe(1);
    const left = await ids("accessLogEntry");
    expect(left).not.toContain(old.id);
    expect(left[0]).toBe(young.id);
    // Only the two chains with a term; not the anchors, not other tables.
    for (const table of ["HashChainAnchor", "LoginAttempt", "User"]) {
      await expect(db.$queryRawUnsafe(`SELECT * FROM retention_prune_chain('${table}', now())`)).rejects.toThrow(
        /not a chain with a retention term/,
      );
    }
  });

  it("prunes in batches, each with its anchor, until nothing is left to remove; a dry run counts them all", async () => {
    for (let i = 0; i < 3; i++) await access(yearsAgo(ACCESS + 1, i));
    const kept = await access(now);
    expect(removedBy(await runRetention(db, { now, dryRun: true, chainBatch: 1 }))["access-log"]).toBe(3);
    expect(await db.hashChainAnchor.count()).toBe(0);
    expect(removedBy(await runRetention(db, { now, chainBatch: 1 }))["access-log"]).toBe(3);
    expect(await ids("accessLogEntry")).toEqual([kept.id]);
    expect((await db.hashChainAnchor.findMany({ orderBy: { seq: "asc" } })).map((a) => a.lastSeq)).toEqual([1, 2, 3]);
    expect(await verifyChain(db, "AccessLogEntry")).toMatchObject({ ok: true, pruned: { lastSeq: 3, count: 3 } });
    expect(await verifyChain(db, "HashChainAnchor")).toMatchObject({ ok: true, count: 3 });
  });

  it("keeps the newest entry even when everything is past term, so the next entry links on", async () => {
    await access(yearsAgo(7));
    const last = await access(yearsAgo(6));
    expect(removedBy(await runRetention(db, { now }))["access-log"]).toBe(1);
    expect(await ids("accessLogEntry")).toEqual([last.id]);
    const next = await access(now);
    expect(next.seq).toBe(last.seq + 1);
    expect(await verifyChain(db, "AccessLogEntry")).toMatchObject({ ok: true, count: 2 });
  });

  it("removes nothing from a chain that is broken in the part it would remove, leaving the evidence", async () => {
    const tampered = await access(yearsAgo(7));
    await access(yearsAgo(6));
    await access(now);
    await byHand(`UPDATE "AccessLogEntry" SET "clientAddress" = '10.0.0.1' WHERE "id" = '${tampered.id}'`);
    const loginAttempt = await db.loginAttempt.create({
      data: { email: "a@b.test", ip: "1.2.3.4", success: true, createdAt: daysAgo(40) },
    });
    const outcomes = await runRetention(db, { now });
    const failed = outcomes.find((o) => o.key === "access-log")!;
    expect(failed).toMatchObject({
      removed: 0,
      error: expect.stringContaining(`broken at seq 1 (id ${tampered.id})`),
    });
    expect(describeOutcome(failed, false)).toMatch(/^access-log \(AccessLogEntry\): FAILED after removing 0: /);
    expect(await db.accessLogEntry.count()).toBe(3);
    // The other rules still ran.
    expect(await db.loginAttempt.findUnique({ where: { id: loginAttempt.id } })).toBeNull();
    expect(await db.hashChainAnchor.count()).toBe(0);
  });

  it("the app's own connection still cannot delete, update or anchor, even with the prune's flag set", async () => {
    const entry = await access(yearsAgo(7));
    await access(now);
    const attempts = [
      db.$transaction([
        db.$executeRawUnsafe(`SELECT set_config('sns.retention_prune', 'AccessLogEntry', true)`),
        db.$executeRawUnsafe(`DELETE FROM "AccessLogEntry" WHERE "id" = '${entry.id}'`),
      ]),
      db.$transaction([
        db.$executeRawUnsafe(`SELECT set_config('sns.retention_prune', 'AccessLogEntry', true)`),
        db.$executeRawUnsafe(`UPDATE "AccessLogEntry" SET "actorName" = 'x' WHERE "id" = '${entry.id}'`),
      ]),
      db.accessLogEntry.deleteMany({}),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toThrow(/append-only/);
    await expect(
      db.$transaction([
        db.$executeRawUnsafe(`SELECT set_config('sns.retention_prune', 'AccessLogEntry', true)`),
        db.hashChainAnchor.create({
          data: { chainTable: "AccessLogEntry", lastSeq: 1, lastHash: entry.hash, prunedCount: 1 },
        }),
      ]),
    ).rejects.toThrow(/retention_prune_chain\(\) only/);
    expect(await db.accessLogEntry.count()).toBe(2);
    expect(await db.hashChainAnchor.count()).toBe(0);

    await runRetention(db, { now });
    const anchor = await db.hashChainAnchor.findFirstOrThrow();
    for (const attempt of [
      db.hashChainAnchor.update({ where: { id: anchor.id }, data: { lastSeq: 5 } }),
      db.hashChainAnchor.deleteMany({}),
    ]) {
      await expect(attempt).rejects.toThrow(/append-only/);
    }
  });
});

describe("on PostgreSQL, as a role that is neither owner nor superuser", () => {
  class Rollback extends Error {}

  it("the flag opens nothing, not even from a look-alike function; the real function removes only what is past term", async () => {
    if (databaseTarget().kind === "embedded") return; // PGlite has one (super)user
    const old = await access(yearsAgo(ACCESS + 1));
    const young = await access(yearsAgo(ACCESS, 2));
    await access(now);
    const role = `sns_retention_test_${process.pid}_${Date.now()}`;
    const seen: Record<string, unknown> = {};
    // Everything, the role included, is rolled back at the end.
    await db
      .$transaction(async (tx) => {
        const sql = (text: string) => tx.$executeRawUnsafe(text);
        const refused = async (text: string) => {
          await sql("SAVEPOINT attempt");
          try {
            await sql(text);
            return "allowed";
          } catch (error) {
            return String(error);
          } finally {
            await sql("ROLLBACK TO SAVEPOINT attempt");
          }
        };
        await sql(`CREATE ROLE ${role} NOLOGIN`);
        await sql(`CREATE SCHEMA ${role}_own AUTHORIZATION ${role}`);
        await sql(`GRANT USAGE ON SCHEMA public TO ${role}`);
        await sql(`GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON "AccessLogEntry", "HashChainAnchor" TO ${role}`);
        await sql(`SET LOCAL ROLE ${role}`);
        await sql(`SET LOCAL search_path = ${role}_own, public`);
        // A function of its own with the same name and signature, setting the flag and deleting.
        await sql(`CREATE FUNCTION ${role}_own.retention_prune_chain(t text, a timestamptz, m integer DEFAULT 0) RETURNS integer
          LANGUAGE plpgsql AS $fn$ BEGIN
            PERFORM set_config('sns.retention_prune', t, true);
            DELETE FROM public."AccessLogEntry";
            RETURN 0;
          END $fn$`);
        seen.lookAlike = await refused(`SELECT retention_prune_chain('AccessLogEntry', now())`);
        await sql(`SELECT set_config('sns.retention_prune', 'AccessLogEntry', true)`);
        seen.delete = await refused(`DELETE FROM public."AccessLogEntry" WHERE "id" = '${young.id}'`);
        seen.update = await refused(`UPDATE public."AccessLogEntry" SET "actorName" = 'x'`);
        seen.anchor = await refused(
          `INSERT INTO public."HashChainAnchor" ("id", "chainTable", "lastSeq", "lastHash", "prunedCount") VALUES ('x', 'AccessLogEntry', 5, 'x', 5)`,
        );
        const [result] = await tx.$queryRawUnsafe<{ removed: number }[]>(
          `SELECT removed FROM public.retention_prune_chain('AccessLogEntry', now() + interval '50 years')`,
        );
        seen.removed = Number(result!.removed);
        seen.left = (
          await tx.$queryRawUnsafe<{ id: string }[]>(`SELECT "id" FROM public."AccessLogEntry" ORDER BY "seq"`)
        ).map((r) => r.id);
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    expect(seen.lookAlike).toMatch(/append-only: DELETE refused/);
    expect(seen.delete).toMatch(/append-only: DELETE refused/);
    expect(seen.update).toMatch(/append-only: UPDATE refused/);
    expect(seen.anchor).toMatch(/retention_prune_chain\(\) only/);
    expect(seen.removed).toBe(1);
    expect(seen.left).not.toContain(old.id);
    expect((seen.left as string[])[0]).toBe(young.id);
  });

  it("`npm run retention` prints per rule what it removed; a second run removes nothing", async () => {
    const target = databaseTarget();
    if (target.kind === "embedded") return; // the in-memory database lives in this worker only
    await access(yearsAgo(ACCESS + 1));
    await access(now);
    await db.loginAttempt.create({ data: { email: "a@b.test", ip: "1.2.3.4", success: true, createdAt: daysAgo(40) } });
    const run = (...args: string[]) =>
      promisify(execFile)("node_modules/.bin/tsx", ["scripts/retention.ts", ...args], {
        env: { ...process.env, DATABASE_URL: target.url },
      }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
      );
    const dry = await run("--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("sign-in-attempts (LoginAttempt): would remove 1");
    expect(dry.out).toContain("access-log (AccessLogEntry): would remove 1");
    expect(await db.loginAttempt.count()).toBe(1);
    const first = await run();
    expect(first.out).toContain("sign-in-attempts (LoginAttempt): removed 1");
    expect(first.out).toContain("access-log (AccessLogEntry): removed 1");
    expect(first.out).toContain('audit-arrangements (AuditEvent): applied by "audit"');
    const second = await run();
    expect(second.code).toBe(0);
    expect(second.out.match(/removed [1-9]/g)).toBeNull();
    expect(await run("--bogus")).toMatchObject({ code: 2 });
  });
});

describe("the audit chain", () => {
  async function arrangementEndedAt(periodEnd: Date) {
    const user = await createUser(db);
    const initiative = await db.initiative.create({ data: { name: "Test", createdById: user.id } });
    const arrangement = await db.arrangement.create({ data: { initiativeId: initiative.id } });
    return db.arrangementVersion.create({
      data: {
        arrangementId: arrangement.id,
        number: 1,
        scenario: "SCENARIO_1",
        periodStart: new Date(periodEnd.getTime() - 300 * DAY),
        periodEnd,
        groupSize: 6,
        createdById: user.id,
      },
      select: { id: true },
    });
  }

  it("removes events older than five years, but keeps an arrangement's events until seven years after it ended, and all after them", async () => {
    const endedLongAgo = await arrangementEndedAt(yearsAgo(ARRANGEMENT, -2));
    const endedRecently = await arrangementEndedAt(yearsAgo(ARRANGEMENT, 2));
    const old = await audit(yearsAgo(ARRANGEMENT + 2));
    const archivedOut = await audit(yearsAgo(ARRANGEMENT + 1, -1), "ArrangementVersion", endedLongAgo.id);
    const archived = await audit(yearsAgo(ARRANGEMENT + 1), "ArrangementVersion", endedRecently.id);
    const behind = await audit(yearsAgo(AUDIT, -1)); // past its own term, but the chain is cut only at its start
    const fresh = await audit(now);

    const first = removedBy(await runRetention(db, { now }));
    expect(first).toMatchObject({ audit: 2, "audit-arrangements": null });
    expect(await ids("auditEvent")).toEqual([archived.id, behind.id, fresh.id, expect.any(String)]);
    expect(old.id).not.toBe(archivedOut.id);
    // Even asked as of fifty years from now, the function goes by the database's clock.
    await db.$queryRaw`SELECT removed FROM retention_prune_chain('AuditEvent', now() + interval '50 years')`;
    expect((await ids("auditEvent"))[0]).toBe(archived.id);

    const verified = await auditVerify(db, []);
    expect(verified.exitCode).toBe(0);
    expect(verified.lines.join("\n")).toMatch(/HashChainAnchor: OK, 1 rows/);

    await byHand(`UPDATE "AuditEvent" SET "action" = 'test.other' WHERE "id" = '${behind.id}'`);
    const broken = await auditVerify(db, []);
    expect(broken.exitCode).toBe(1);
    expect(broken.lines.join("\n")).toContain(`AuditEvent: BROKEN at seq ${behind.seq} (id ${behind.id})`);
  });

  it("keeps an event of an arrangement that no longer exists for seven years from the event", async () => {
    const gone = await audit(yearsAgo(ARRANGEMENT, 2), "ArrangementVersion", "no-such-version");
    await audit(now);
    await runRetention(db, { now });
    expect((await ids("auditEvent"))[0]).toBe(gone.id);
  });
});
