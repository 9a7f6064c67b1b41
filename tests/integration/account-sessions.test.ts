// The account page's sessions (list, revoke), re-authentication before sensitive changes,
// accepting an invitation (throttled, token before hashing, signs in) and the outgoing-mail
// limits (decision 0020).
import { testRequest } from "./support/next-headers";
import { argon2 } from "../../lib/auth/password";
import { testPort } from "./support/ports";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const request = testRequest;
// Every argon2 hash computed: accepting an invitation checks the token before hashing.
const hashing = { hashed: 0 };
const realHash = argon2.hash;
argon2.hash = async (password: string) => {
  hashing.hashed++;
  return realHash(password);
};
afterAll(() => {
  argon2.hash = realHash;
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { listOwnSessions, revokeOwnSession, sessionHandle } from "../../lib/account/session-list";
import { reauthenticateAction, revokeSessionAction } from "../../lib/account/session-actions";
import { runAsActor } from "../../lib/auth/actor-override";
import { loadActor } from "../../lib/auth/load-actor";
import { MAX_INVITATION_MISSES_PER_ADDRESS, throttleDelay } from "../../lib/auth/rate-limit";
import {
  isRecentlyAuthenticated,
  ReauthenticationRequiredError,
  requireRecentAuthentication,
} from "../../lib/auth/recent-authentication";
import { openSession } from "../../lib/auth/server-sessions";
import { resetAppConfig } from "../../lib/config/app-config";
import type { Db } from "../../lib/db/client";
import { admitMail } from "../../lib/mail/rate-limit";
import { sendMail } from "../../lib/mail/transport";
import { acceptInvitationAction } from "../../lib/organisations/public-actions";
import { newInvitationToken } from "../../lib/organisations/invitation-token";
import { inviteMemberAction } from "../../lib/organisations/actions";
import type { Actor } from "../../lib/policy/actor";
import { ID } from "../support/demo";
import { ownMailCatcher } from "./support/own-mail-catcher";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";

const PASSWORD = "Samen-naar-school-2026";
const MINUTE = 60_000;
const origin = { clientAddress: "192.0.2.10", userAgent: "Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile" };
const outbox = ownMailCatcher({ smtpPort: testPort(1441), httpPort: testPort(1442) }, { clearBeforeEach: true });
const saved = { secret: process.env.NEXTAUTH_SECRET, wait: throttleDelay.wait };
beforeAll(() => {
  process.env.NEXTAUTH_SECRET = "integration-test-secret-for-account-sessions";
  resetAppConfig();
  throttleDelay.wait = async () => undefined;
});
afterAll(() => {
  if (saved.secret === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = saved.secret;
  delete process.env.MAIL_LIMIT_PER_RECIPIENT;
  delete process.env.MAIL_LIMIT_PER_SENDER;
  throttleDelay.wait = saved.wait;
  resetAppConfig();
});

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
  request.headers = new Headers({ "x-forwarded-for": "192.0.2.70" });
  request.cookies.clear();
  hashing.hashed = 0;
});

/** The actor as a request with this session would load it. */
async function actorInSession(email: string, at?: Date): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const sid = await openSession(db, user.id, "PASSWORD", origin, at);
  // Signed in all the way: organisation members have passed their second factor (decision 0018).
  await db.session.update({
    where: { id: sid },
    data: { secondFactorAt: at ?? new Date(), secondFactorMethod: "TOTP" },
  });
  return { ...(await actorFor(db, email)), sessionId: sid };
}

describe("the sessions list", () => {
  it("shows only your own open sessions, readable, with this device marked", async () => {
    const me = await actorInSession("ouder@demo.test");
    const phone = await openSession(db, me.userId, "LINK", { clientAddress: "198.51.100.4", userAgent: null });
    const ended = await openSession(db, me.userId, "PASSWORD", origin);
    await db.session.update({ where: { id: ended }, data: { endedAt: new Date(), endReason: "SIGNED_OUT" } });
    await actorInSession("school@demo.test");

    const list = await listOwnSessions(db, me);
    expect(list.map((s) => s.handle).sort()).toEqual([sessionHandle(me.sessionId!), sessionHandle(phone)].sort());
    expect(list.find((s) => s.current)).toMatchObject({
      device: { browser: "Chrome", system: "Android" },
      method: "PASSWORD",
      clientAddress: "192.0.2.10",
    });
    expect(list.find((s) => !s.current)).toMatchObject({ method: "LINK", device: { browser: null, system: null } });
    // The page never holds a session id, only its handle.
    expect(JSON.stringify(list)).not.toContain(me.sessionId!);
  });

  it("revoking one session ends only that one, with an audit event", async () => {
    const me = await actorInSession("school@demo.test");
    const other = await openSession(db, me.userId, "PASSWORD", origin);
    const result = await runAsActor(me, () => revokeSessionAction(null, { session: sessionHandle(other) }));
    expect(result).toEqual({ ok: true, data: { current: false } });
    expect(await loadActor(db, me.userId, other, undefined)).toBeNull();
    expect(await loadActor(db, me.userId, me.sessionId, undefined)).not.toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: other } })).endReason).toBe("REVOKED");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "session.revoked" } });
    expect(event).toMatchObject({ entityType: "Session", entityId: sessionHandle(other), actorUserId: me.userId });
    expect(event.summary).toEqual({ method: "PASSWORD", current: false });
  });

  it("someone else's session is not found, and nothing changes", async () => {
    const me = await actorInSession("school@demo.test");
    const theirs = (await actorInSession("ouder@demo.test")).sessionId!;
    const result = await runAsActor(me, () => revokeSessionAction(null, { session: sessionHandle(theirs) }));
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db.session.findUniqueOrThrow({ where: { id: theirs } })).endedAt).toBeNull();
    expect(await auditCount(db, "session.revoked")).toBe(0);
  });

  it("revoking the current session signs this browser out", async () => {
    const me = await actorInSession("ouder@demo.test");
    expect(await revokeOwnSession(db, me, sessionHandle(me.sessionId!))).toEqual({ current: true });
    expect(await loadActor(db, me.userId, me.sessionId, undefined)).toBeNull();
  });
});

describe("re-authentication", () => {
  it("holds for a fresh sign-in and lapses after the given minutes", async () => {
    const now = new Date();
    const fresh = await actorInSession("school@demo.test", new Date(now.getTime() - 2 * MINUTE));
    await expect(requireRecentAuthentication(fresh, 10, { db, now })).resolves.toBeUndefined();
    const old = await actorInSession("school@demo.test", new Date(now.getTime() - 30 * MINUTE));
    await expect(requireRecentAuthentication(old, 10, { db, now })).rejects.toBeInstanceOf(
      ReauthenticationRequiredError,
    );
    // Background work and tests act without a session: never recent.
    await expect(requireRecentAuthentication(await actorFor(db, "school@demo.test"), 10, { db })).rejects.toThrow();
  });

  it("confirming the password renews it and returns to a path on this site only", async () => {
    const me = await actorInSession("school@demo.test", new Date(Date.now() - 60 * MINUTE));
    expect(await isRecentlyAuthenticated(me, 10, { db })).toBe(false);
    const result = await runAsActor(me, () =>
      reauthenticateAction(null, { password: PASSWORD, terug: "//evil.example/overname" }),
    );
    expect(result).toEqual({ ok: true, data: { returnTo: "/account" } });
    expect(await isRecentlyAuthenticated(me, 10, { db })).toBe(true);
    expect(await auditCount(db, "session.reauthenticated")).toBe(1);
    const back = await runAsActor(me, () => reauthenticateAction(null, { password: PASSWORD, terug: "/account?x=1" }));
    expect(back).toEqual({ ok: true, data: { returnTo: "/account?x=1" } });
  });

  it("a wrong password changes nothing and counts as a failed sign-in", async () => {
    const me = await actorInSession("school@demo.test", new Date(Date.now() - 60 * MINUTE));
    const result = await runAsActor(me, () => reauthenticateAction(null, { password: "geraden", terug: "/account" }));
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", formError: "sessions.reauthWrong" });
    expect(await isRecentlyAuthenticated(me, 10, { db })).toBe(false);
    expect(await db.loginAttempt.count({ where: { email: "school@demo.test", success: false } })).toBe(1);
    expect(await auditCount(db, "session.reauthenticated")).toBe(0);
  });

  it("an action that requires it answers with the message that asks for the password", async () => {
    const { authedAction } = await import("../../lib/actions/authed-action");
    const { z } = await import("zod");
    const sensitive = authedAction(z.object({}), async (actor) => {
      await requireRecentAuthentication(actor, 10, { db });
      return { changed: true };
    });
    const stale = await actorInSession("school@demo.test", new Date(Date.now() - 60 * MINUTE));
    expect(await runAsActor(stale, () => sensitive(null, {}))).toEqual({
      ok: false,
      code: "FORBIDDEN",
      formError: "sessions.reauthenticationRequired",
    });
  });
});

describe("accepting an invitation", () => {
  async function openInvitation(email: string) {
    const { token, tokenHash } = newInvitationToken();
    const invitedBy = await db.user.findUniqueOrThrow({ where: { email: "school@demo.test" } });
    await db.invitation.create({
      data: {
        organisationId: ID.vlinderboom,
        email,
        role: "LEZER",
        tokenHash,
        invitedById: invitedBy.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    return token;
  }
  const accept = (token: string) =>
    acceptInvitationAction(null, { token, name: "Iris de Boer", password: "klimrek-op-het-schoolplein" });

  it("signs the new member in", async () => {
    const token = await openInvitation("iris@vlinderboom.test");
    expect(await accept(token)).toEqual({ ok: true, data: { email: "iris@vlinderboom.test" } });
    const session = await db.session.findFirstOrThrow({ where: { user: { email: "iris@vlinderboom.test" } } });
    expect(session).toMatchObject({ method: "LINK", endedAt: null, clientAddress: "192.0.2.70" });
    expect([...request.cookies.keys()]).toEqual(["next-auth.session-token"]);
  });

  it("checks the token before hashing a password", async () => {
    expect(await accept("x".repeat(43))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(hashing.hashed).toBe(0);
    expect(request.cookies.size).toBe(0);
  });

  it("refuses an address that keeps trying unknown links, even with a valid one, and changes nothing", async () => {
    for (let i = 0; i < MAX_INVITATION_MISSES_PER_ADDRESS; i++)
      expect(await accept(`${i}`.padEnd(43, "y"))).toMatchObject({ code: "NOT_FOUND" });
    const token = await openInvitation("later@vlinderboom.test");
    expect(await accept(token)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.user.count({ where: { email: "later@vlinderboom.test" } })).toBe(0);
    // Another address is not affected.
    request.headers = new Headers({ "x-forwarded-for": "192.0.2.71" });
    expect(await accept(token)).toMatchObject({ ok: true });
  });
});

describe("outgoing mail limits", () => {
  const mail = (to: string, sentBy?: string) =>
    sendMail({ to, subject: "Test", text: "Test", html: "<p>Test</p>", sentBy });

  it("drops mail over the limit per recipient, logged, without an error", async () => {
    process.env.MAIL_LIMIT_PER_RECIPIENT = "2";
    resetAppConfig();
    try {
      expect(await mail("ontvanger@demo.test", "a")).toBe("sent");
      expect(await mail("Ontvanger@demo.test", "b")).toBe("sent");
      expect(await mail("ontvanger@demo.test", "c")).toBe("dropped");
      expect(outbox.messages().filter((m) => m.to.some((to) => /ontvanger@demo\.test/i.test(to)))).toHaveLength(2);
      expect(await db.mailSendLog.count({ where: { recipient: "ontvanger@demo.test", delivered: false } })).toBe(1);
    } finally {
      delete process.env.MAIL_LIMIT_PER_RECIPIENT;
      resetAppConfig();
    }
  });

  it("drops mail over the limit per sender; the app's own notifications count per recipient only", async () => {
    const limits = { perRecipient: 100, perSender: 3 };
    for (let i = 0; i < 3; i++) expect(await admitMail(db, `r${i}@demo.test`, "user-1", limits)).toBe(true);
    expect(await admitMail(db, "r9@demo.test", "user-1", limits)).toBe(false);
    expect(await admitMail(db, "r9@demo.test", "user-2", limits)).toBe(true);
    for (let i = 0; i < 5; i++) expect(await admitMail(db, `s${i}@demo.test`, "system", limits)).toBe(true);
  });

  it("a beheerder over the limit still gets the same answer for an invitation", async () => {
    process.env.MAIL_LIMIT_PER_SENDER = "1";
    resetAppConfig();
    try {
      const school = await actorFor(db, "school@demo.test");
      const invite = (email: string) => runAsActor(school, () => inviteMemberAction(null, { email, role: "LEZER" }));
      expect(await invite("een@vlinderboom.test")).toMatchObject({ ok: true });
      expect(await invite("twee@vlinderboom.test")).toMatchObject({ ok: true });
      expect(outbox.to("een@vlinderboom.test")).toHaveLength(1);
      expect(outbox.to("twee@vlinderboom.test")).toHaveLength(0);
    } finally {
      delete process.env.MAIL_LIMIT_PER_SENDER;
      resetAppConfig();
    }
  });
});
