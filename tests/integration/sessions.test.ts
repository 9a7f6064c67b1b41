import { beforeEach, describe, expect, it } from "vitest";
import { deactivateUser, signOutEverywhere } from "../../lib/account/sessions";
import { loadActor } from "../../lib/auth/load-actor";
import { checkSession, endAllSessions, endSession, openSession } from "../../lib/auth/server-sessions";
import {
  LINK_REQUIRED_AFTER,
  MAX_FAILURES_PER_ADDRESS,
  recordLoginAttempt,
  signInVerdict,
} from "../../lib/auth/rate-limit";
import type { Db } from "../../lib/db/client";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

const HOUR = 60 * 60 * 1000;
const origin = { clientAddress: "192.0.2.10", userAgent: "Firefox op Linux" };
const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;

describe("server-side sessions", () => {
  it("a session holds until it is ended, and only for its own user", async () => {
    const school = await userId("school@demo.test");
    const sid = await openSession(db, school, "PASSWORD", origin);
    // A member's session counts once it passed the second factor (decision 0018).
    await db.session.update({ where: { id: sid }, data: { secondFactorAt: new Date() } });
    expect(await loadActor(db, school, sid, undefined)).not.toBeNull();
    expect(await loadActor(db, await userId("ouder@demo.test"), sid, undefined)).toBeNull();
    expect(await loadActor(db, school, undefined, undefined)).toBeNull();
    expect(await loadActor(db, school, "made-up-id", undefined)).toBeNull();
    expect(await endSession(db, sid, "SIGNED_OUT")).toBe(1);
    expect(await loadActor(db, school, sid, undefined)).toBeNull();
    // Ending twice changes nothing: the first reason stays.
    expect(await endSession(db, sid, "REVOKED")).toBe(0);
    const row = await db.session.findUniqueOrThrow({ where: { id: sid } });
    expect(row).toMatchObject({ endReason: "SIGNED_OUT", clientAddress: "192.0.2.10", method: "PASSWORD" });
  });

  it("ends after 12 hours whatever the activity", async () => {
    const ouder = await userId("ouder@demo.test");
    const start = new Date("2026-12-02T08:00:00Z");
    const sid = await openSession(db, ouder, "LINK", origin, start);
    for (let h = 1; h < 12; h++)
      expect(await checkSession(db, ouder, sid, false, new Date(start.getTime() + h * HOUR))).toBe(true);
    expect(await checkSession(db, ouder, sid, false, new Date(start.getTime() + 12 * HOUR))).toBe(false);
    expect((await db.session.findUniqueOrThrow({ where: { id: sid } })).endReason).toBe("EXPIRED");
  });

  it("ends an organisation member's session after two idle hours, not a parent's", async () => {
    const school = await userId("school@demo.test");
    const ouder = await userId("ouder@demo.test");
    const start = new Date("2026-12-02T08:00:00Z");
    const member = await openSession(db, school, "PASSWORD", origin, start);
    const parent = await openSession(db, ouder, "PASSWORD", origin, start);
    // Used after 1h59: the idle clock restarts, so 3h50 after the start is 1h51 idle.
    expect(await checkSession(db, school, member, true, new Date(start.getTime() + 1.98 * HOUR))).toBe(true);
    expect(await checkSession(db, school, member, true, new Date(start.getTime() + 3.83 * HOUR))).toBe(true);
    expect(await checkSession(db, school, member, true, new Date(start.getTime() + 5.9 * HOUR))).toBe(false);
    expect((await db.session.findUniqueOrThrow({ where: { id: member } })).endReason).toBe("IDLE");
    expect(await checkSession(db, ouder, parent, false, new Date(start.getTime() + 5.9 * HOUR))).toBe(true);
  });

  it("the loader knows who is an organisation member", async () => {
    const school = await userId("school@demo.test");
    const sid = await openSession(db, school, "PASSWORD", origin, new Date(Date.now() - 3 * HOUR));
    expect(await loadActor(db, school, sid, undefined)).toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: sid } })).endReason).toBe("IDLE");
  });

  it("signing out everywhere ends every open session of that user only", async () => {
    const school = await userId("school@demo.test");
    const a = await openSession(db, school, "PASSWORD", origin);
    const b = await openSession(db, school, "LINK", origin);
    const other = await openSession(db, await userId("ouder@demo.test"), "PASSWORD", origin);
    await signOutEverywhere(db, await actorFor(db, "school@demo.test"));
    expect(await loadActor(db, school, a, undefined)).toBeNull();
    expect(await loadActor(db, school, b, undefined)).toBeNull();
    expect(await loadActor(db, await userId("ouder@demo.test"), other, undefined)).not.toBeNull();
    expect(await auditCount(db, "user.signed_out_everywhere")).toBe(1);
  });

  it("a deactivated user is refused at the next request", async () => {
    const zorg = await userId("zorg@demo.test");
    const sid = await openSession(db, zorg, "PASSWORD", origin);
    await deactivateUser(db, null, "zorg@demo.test", "uit dienst");
    expect(await loadActor(db, zorg, sid, undefined)).toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: sid } })).endReason).toBe("DEACTIVATED");
    expect(await auditCount(db, "user.deactivated")).toBe(1);
  });

  it("ending all sessions can keep the one that asked", async () => {
    const ouder = await userId("ouder@demo.test");
    const keep = await openSession(db, ouder, "PASSWORD", origin);
    const other = await openSession(db, ouder, "PASSWORD", origin);
    expect(await endAllSessions(db, ouder, "PASSWORD_CHANGED", keep)).toBe(1);
    expect(await loadActor(db, ouder, keep, undefined)).not.toBeNull();
    expect(await loadActor(db, ouder, other, undefined)).toBeNull();
  });
});

describe("sign-in throttling", () => {
  const kind = async (email: string, ip: string, now?: Date) => (await signInVerdict(db, email, ip, now)).kind;

  it("asks for a sign-in link after repeated failures for an account, whatever the address", async () => {
    for (let i = 0; i < LINK_REQUIRED_AFTER; i++) {
      expect(await kind("ouder@demo.test", `10.0.0.${i}`)).toBe("allowed");
      await recordLoginAttempt(db, "ouder@demo.test", `10.0.0.${i}`, false);
    }
    expect(await kind("ouder@demo.test", "10.0.0.99")).toBe("link-required");
    expect(await kind("school@demo.test", "10.0.0.99")).toBe("allowed");
  });

  it("refuses an address that tries many accounts", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++)
      await recordLoginAttempt(db, `iemand${i}@demo.test`, "192.0.2.7", false);
    expect(await kind("school@demo.test", "192.0.2.7")).toBe("address-blocked");
    expect(await kind("school@demo.test", "192.0.2.8")).toBe("allowed");
  });

  it("forgets failures after the window", async () => {
    for (let i = 0; i < LINK_REQUIRED_AFTER; i++) await recordLoginAttempt(db, "ouder@demo.test", "10.0.0.1", false);
    const later = new Date(Date.now() + 16 * 60 * 1000);
    expect(await kind("ouder@demo.test", "10.0.0.1", later)).toBe("allowed");
  });
});
