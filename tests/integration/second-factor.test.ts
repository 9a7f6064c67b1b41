// Two-step verification (decision 0018): enrolment, the second step, replays, recovery codes,
// throttling, the gate in the actor loading, the demo relaxation and the beheerder's reset.
import { ReauthenticationRequiredError } from "../../lib/auth/recent-authentication";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadActor, loadSignInState } from "../../lib/auth/load-actor";
import { openSession } from "../../lib/auth/server-sessions";
import { resetAppConfig } from "../../lib/config/app-config";
import type { Db } from "../../lib/db/client";
import { confirmEnrolment, pendingEnrolment } from "../../lib/mfa/enrolment";
import { resetMemberSecondFactor } from "../../lib/mfa/reset";
import { currentCode } from "../../lib/mfa/totp";
import { MAX_CODE_FAILURES, verifySecondFactor } from "../../lib/mfa/verification";
import { ForbiddenError, NotFoundError } from "../../lib/policy/errors";
import { actorInFreshSession, auditCount, freshDemoWorld } from "./support/world";

let db: Db;
beforeAll(() => {
  // The TOTP secrets are encrypted with a key derived from the app secret (required on PostgreSQL).
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
  resetAppConfig();
});
beforeEach(async () => {
  db = await freshDemoWorld();
});

const origin = { clientAddress: "192.0.2.20", userAgent: "Firefox op Linux" };
const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;
// A minute ago, 5 s into a 30 s TOTP step: sessions opened at T0 are checked against the real
// clock, and a fixed date would make them idle (2 h) once the day moves on.
const T0 = new Date(Math.floor((Date.now() - 60_000) / 30_000) * 30_000 + 5_000);
const later = (s: number) => new Date(T0.getTime() + s * 1000);

/** Enrols the user in a session of its own; returns the secret and the recovery codes. */
async function enrol(email: string) {
  const id = await userId(email);
  const sid = await openSession(db, id, "PASSWORD", origin, T0);
  const pending = (await pendingEnrolment(db, id, email))!;
  const result = await confirmEnrolment(db, id, sid, currentCode(pending.secret, T0), T0);
  if (!result.ok) throw new Error(`enrolment failed: ${result.reason}`);
  return { id, sid, secret: pending.secret, recoveryCodes: result.recoveryCodes };
}

describe("the gate", () => {
  it("a member's session without a second factor has no actor: no initiative is reachable", async () => {
    const id = await userId("leerkracht@demo.test");
    const sid = await openSession(db, id, "PASSWORD", origin);
    expect(await loadActor(db, id, sid, undefined)).toBeNull();
    expect(await loadSignInState(db, id, sid, undefined)).toMatchObject({ status: "second-factor", need: "enrol" });
  });

  it("parents are not forced; a parent who chose it is asked for it", async () => {
    const id = await userId("ouder@demo.test");
    const sid = await openSession(db, id, "PASSWORD", origin);
    expect(await loadActor(db, id, sid, undefined)).not.toBeNull();
    await enrol("ouder@demo.test");
    const next = await openSession(db, id, "PASSWORD", origin);
    expect(await loadSignInState(db, id, next, undefined)).toMatchObject({ status: "second-factor", need: "verify" });
  });

  describe("demo relaxation", () => {
    const saved = { ...process.env };
    afterEach(() => {
      process.env.MFA_DEMO_RELAXED = saved.MFA_DEMO_RELAXED;
      process.env.NEXTAUTH_URL = saved.NEXTAUTH_URL;
      if (saved.MFA_DEMO_RELAXED === undefined) delete process.env.MFA_DEMO_RELAXED;
      if (saved.NEXTAUTH_URL === undefined) delete process.env.NEXTAUTH_URL;
      resetAppConfig();
    });

    it("lets only unenrolled demo (.test) accounts through, and says so", async () => {
      process.env.MFA_DEMO_RELAXED = "1";
      process.env.NEXTAUTH_URL = "http://127.0.0.1:3000";
      resetAppConfig();
      const demo = await userId("leerkracht@demo.test");
      const demoSid = await openSession(db, demo, "PASSWORD", origin);
      expect(await loadSignInState(db, demo, demoSid, undefined)).toMatchObject({
        status: "signed-in",
        demoSkipped: true,
      });
      // A real address in the same organisation still enrols.
      const real = await db.user.create({ data: { email: "anna@vlinderboom.example.nl", name: "Anna" } });
      const school = await db.membership.findFirstOrThrow({ where: { user: { email: "school@demo.test" } } });
      await db.membership.create({
        data: { userId: real.id, organisationId: school.organisationId, role: "MEDEWERKER" },
      });
      const realSid = await openSession(db, real.id, "PASSWORD", origin);
      expect(await loadSignInState(db, real.id, realSid, undefined)).toMatchObject({ need: "enrol" });
    });
  });
});

describe("enrolment", () => {
  it("a code from the app turns it on: secret encrypted, ten hashed recovery codes, session verified, audited", async () => {
    const before = await auditCount(db, "second_factor.enrolled");
    const { id, sid, secret, recoveryCodes } = await enrol("leerkracht@demo.test");
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const row = await db.totpSecret.findUniqueOrThrow({ where: { userId: id } });
    expect(row.secretEncrypted).not.toContain(secret);
    expect(row.confirmedAt).not.toBeNull();
    const stored = await db.recoveryCode.findMany({ where: { userId: id } });
    expect(stored.map((c) => c.codeHash)).not.toContain(recoveryCodes[0]);
    expect(await loadActor(db, id, sid, undefined)).not.toBeNull();
    expect(await db.session.findUniqueOrThrow({ where: { id: sid } })).toMatchObject({ secondFactorMethod: "TOTP" });
    expect(await auditCount(db, "second_factor.enrolled")).toBe(before + 1);
  });

  it("a wrong code changes nothing but the session's failure count", async () => {
    const id = await userId("leerkracht@demo.test");
    const sid = await openSession(db, id, "PASSWORD", origin, T0);
    const pending = (await pendingEnrolment(db, id, "leerkracht@demo.test"))!;
    const wrong = currentCode(pending.secret, later(-300));
    expect(await confirmEnrolment(db, id, sid, wrong, T0)).toMatchObject({ ok: false, reason: "wrong-code" });
    expect((await db.totpSecret.findUniqueOrThrow({ where: { userId: id } })).confirmedAt).toBeNull();
    expect(await db.recoveryCode.count({ where: { userId: id } })).toBe(0);
    expect(await loadActor(db, id, sid, undefined)).toBeNull();
    // The same secret on reload: the QR code scanned a minute ago still works.
    expect((await pendingEnrolment(db, id, "leerkracht@demo.test"))!.secret).toBe(pending.secret);
  });
});

describe("the second step", () => {
  it("accepts a fresh code and refuses the same code again (replay)", async () => {
    const { id, secret } = await enrol("leerkracht@demo.test");
    const s1 = await openSession(db, id, "PASSWORD", origin);
    const s2 = await openSession(db, id, "PASSWORD", origin);
    // The enrolment used step T0: its code is spent.
    expect(await verifySecondFactor(db, id, s1, currentCode(secret, T0), T0)).toMatchObject({ ok: false });
    const next = currentCode(secret, later(30));
    expect(await verifySecondFactor(db, id, s1, next, later(31))).toEqual({ ok: true, method: "TOTP" });
    expect(await loadActor(db, id, s1, undefined)).not.toBeNull();
    expect(await verifySecondFactor(db, id, s2, next, later(32))).toMatchObject({ ok: false, reason: "wrong-code" });
    expect(await loadActor(db, id, s2, undefined)).toBeNull();
  });

  it("a recovery code works once", async () => {
    const { id, recoveryCodes } = await enrol("leerkracht@demo.test");
    const s1 = await openSession(db, id, "PASSWORD", origin);
    const s2 = await openSession(db, id, "PASSWORD", origin);
    const code = recoveryCodes[3]!.toUpperCase();
    expect(await verifySecondFactor(db, id, s1, code, later(60))).toEqual({ ok: true, method: "RECOVERY_CODE" });
    expect(await verifySecondFactor(db, id, s2, code, later(61))).toMatchObject({ ok: false, reason: "wrong-code" });
    expect(await db.recoveryCode.count({ where: { userId: id, usedAt: null } })).toBe(9);
    expect(await loadActor(db, id, s2, undefined)).toBeNull();
  });

  it(`the ${MAX_CODE_FAILURES}th wrong code ends the session`, async () => {
    const { id, secret } = await enrol("leerkracht@demo.test");
    const sid = await openSession(db, id, "PASSWORD", origin);
    const wrong = currentCode(secret, later(-600));
    for (let i = 1; i < MAX_CODE_FAILURES; i++)
      expect(await verifySecondFactor(db, id, sid, wrong, later(60))).toMatchObject({
        attemptsLeft: MAX_CODE_FAILURES - i,
      });
    expect(await verifySecondFactor(db, id, sid, wrong, later(60))).toEqual({ ok: false, reason: "too-many" });
    expect(await db.session.findUniqueOrThrow({ where: { id: sid } })).toMatchObject({
      endReason: "SECOND_FACTOR_FAILED",
    });
    // Even the right code no longer helps this session.
    await verifySecondFactor(db, id, sid, currentCode(secret, later(90)), later(90));
    expect(await loadActor(db, id, sid, undefined)).toBeNull();
  });
});

describe("a beheerder resets a member's second factor", () => {
  it("removes the app and codes, ends the member's sessions, audited", async () => {
    const { id, sid } = await enrol("leerkracht@demo.test");
    const membership = await db.membership.findFirstOrThrow({ where: { userId: id } });
    const before = await auditCount(db, "second_factor.reset");
    await resetMemberSecondFactor(db, await actorInFreshSession(db, "school@demo.test"), {
      membershipId: membership.id,
    });
    expect(await db.totpSecret.findUnique({ where: { userId: id } })).toBeNull();
    expect(await db.recoveryCode.count({ where: { userId: id } })).toBe(0);
    expect(await db.session.findUniqueOrThrow({ where: { id: sid } })).toMatchObject({
      endReason: "SECOND_FACTOR_RESET",
    });
    expect(await auditCount(db, "second_factor.reset")).toBe(before + 1);
    // At the next sign-in they enrol again.
    const next = await openSession(db, id, "PASSWORD", origin);
    expect(await loadSignInState(db, id, next, undefined)).toMatchObject({ need: "enrol" });
  });

  it("asks a beheerder who signed in more than ten minutes ago to confirm first, and changes nothing", async () => {
    const { id } = await enrol("leerkracht@demo.test");
    const membership = await db.membership.findFirstOrThrow({ where: { userId: id } });
    const stale = await actorInFreshSession(db, "school@demo.test");
    await db.session.update({
      where: { id: stale.sessionId! },
      data: { createdAt: new Date(Date.now() - 11 * 60_000) },
    });
    const before = await auditCount(db);
    await expect(resetMemberSecondFactor(db, stale, { membershipId: membership.id })).rejects.toBeInstanceOf(
      ReauthenticationRequiredError,
    );
    expect(await db.totpSecret.findUnique({ where: { userId: id } })).not.toBeNull();
    expect(await auditCount(db)).toBe(before);
    // Having confirmed the password just now, the same session may.
    await db.session.update({ where: { id: stale.sessionId! }, data: { reauthenticatedAt: new Date() } });
    await resetMemberSecondFactor(db, stale, { membershipId: membership.id });
    expect(await db.totpSecret.findUnique({ where: { userId: id } })).toBeNull();
  });

  it("is not found for another organisation's beheerder and forbidden for a medewerker; nothing changes", async () => {
    const { id, sid } = await enrol("leerkracht@demo.test");
    const membership = await db.membership.findFirstOrThrow({ where: { userId: id } });
    const school = await db.membership.findFirstOrThrow({ where: { user: { email: "school@demo.test" } } });
    const before = await auditCount(db);
    await expect(
      resetMemberSecondFactor(db, await actorInFreshSession(db, "swv@demo.test"), { membershipId: membership.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      resetMemberSecondFactor(db, await actorInFreshSession(db, "leerkracht@demo.test"), { membershipId: school.id }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.totpSecret.findUnique({ where: { userId: id } })).not.toBeNull();
    expect(await db.session.findUniqueOrThrow({ where: { id: sid } })).toMatchObject({ endedAt: null });
    expect(await auditCount(db)).toBe(before);
  });
});
