import { beforeEach, describe, expect, it } from "vitest";
import { deactivateUser, signOutEverywhere } from "../../lib/account/sessions";
import { loadActor } from "../../lib/auth/load-actor";
import {
  isLoginThrottled,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  recordLoginAttempt,
} from "../../lib/auth/rate-limit";
import type { Db } from "../../lib/db/client";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

describe("revoking sessions", () => {
  it("signing out everywhere invalidates sessions issued before it", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "school@demo.test" } });
    expect(await loadActor(db, user.id, user.sessionVersion, undefined)).not.toBeNull();
    await signOutEverywhere(db, await actorFor(db, "school@demo.test"));
    expect(await loadActor(db, user.id, user.sessionVersion, undefined)).toBeNull();
    expect(await loadActor(db, user.id, user.sessionVersion + 1, undefined)).not.toBeNull();
    expect(await auditCount(db, "user.signed_out_everywhere")).toBe(1);
  });

  it("a deactivated user is refused at the next request", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "zorg@demo.test" } });
    await deactivateUser(db, null, "zorg@demo.test", "uit dienst");
    expect(await loadActor(db, user.id, user.sessionVersion, undefined)).toBeNull();
    expect(await loadActor(db, user.id, user.sessionVersion + 1, undefined)).toBeNull();
    expect(await auditCount(db, "user.deactivated")).toBe(1);
  });
});

describe("sign-in throttling", () => {
  it("blocks an account after repeated failures, whatever the address", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await isLoginThrottled(db, "ouder@demo.test", `10.0.0.${i}`)).toBe(false);
      await recordLoginAttempt(db, "ouder@demo.test", `10.0.0.${i}`, false);
    }
    expect(await isLoginThrottled(db, "ouder@demo.test", "10.0.0.99")).toBe(true);
    expect(await isLoginThrottled(db, "school@demo.test", "10.0.0.99")).toBe(false);
  });

  it("blocks an address that tries many accounts", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++)
      await recordLoginAttempt(db, `iemand${i}@demo.test`, "192.0.2.7", false);
    expect(await isLoginThrottled(db, "school@demo.test", "192.0.2.7")).toBe(true);
    expect(await isLoginThrottled(db, "school@demo.test", "192.0.2.8")).toBe(false);
  });

  it("forgets failures after the window", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++)
      await recordLoginAttempt(db, "ouder@demo.test", "10.0.0.1", false);
    const later = new Date(Date.now() + 16 * 60 * 1000);
    expect(await isLoginThrottled(db, "ouder@demo.test", "10.0.0.1", later)).toBe(false);
  });
});
