// Sign-in throttling and enumeration (decision 0020), through the sign-in form's own server
// action with the request's headers under the test's control: per-account failures slow and
// then ask for a sign-in link (the owner is never locked out), per-address failures refuse the
// address, a forwarded address is believed only through declared proxies, and known and unknown
// addresses get the same answer after the same work.
import { testRequest } from "./support/next-headers";
import { argon2 } from "../../lib/auth/password";
import { testPort } from "./support/ports";
import { createRequire } from "node:module";
import path from "node:path";
import type { NextAuthOptions } from "next-auth";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

const request = testRequest;
// Every argon2 verification, by the hash it ran against: proves equal work without timing it.
const hashing = { verified: [] as string[] };
const realVerify = argon2.verify;
argon2.verify = async (hash: string, password: string) => {
  hashing.verified.push(hash);
  return realVerify(hash, password);
};
afterAll(() => {
  argon2.verify = realVerify;
});

import { authOptions } from "../../lib/auth/auth-options";
import { LINK_REQUIRED_AFTER, MAX_FAILURES_PER_ADDRESS, throttleDelay } from "../../lib/auth/rate-limit";
import { signInWithPasswordAction } from "../../lib/auth/sign-in-actions";
import { requestSignInLinkAction } from "../../lib/auth/sign-in-link-actions";
import { resetAppConfig } from "../../lib/config/app-config";
import type { Db } from "../../lib/db/client";
import { extractLink } from "../support/mailbox";
import { ownMailCatcher } from "./support/own-mail-catcher";
import { freshDemoWorld } from "./support/world";

const require = createRequire(import.meta.url);
const { AuthHandler } = require(path.join(path.dirname(require.resolve("next-auth")), "core")) as {
  AuthHandler: (params: {
    req: Record<string, unknown>;
    options: NextAuthOptions;
  }) => Promise<{ redirect?: string; cookies?: { name: string; value: string }[] }>;
};

const PASSWORD = "Samen-naar-school-2026";
const outbox = ownMailCatcher({ smtpPort: testPort(1431), httpPort: testPort(1432) }, { clearBeforeEach: true });
const saved = { secret: process.env.NEXTAUTH_SECRET, proxies: process.env.TRUSTED_PROXIES, wait: throttleDelay.wait };
const waits: number[] = [];
beforeAll(() => {
  process.env.NEXTAUTH_SECRET = "integration-test-secret-for-throttling";
  resetAppConfig();
  // The delays are asserted, not spent.
  throttleDelay.wait = async (ms) => void waits.push(ms);
});
afterAll(() => {
  if (saved.secret === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = saved.secret;
  if (saved.proxies === undefined) delete process.env.TRUSTED_PROXIES;
  else process.env.TRUSTED_PROXIES = saved.proxies;
  throttleDelay.wait = saved.wait;
  resetAppConfig();
});

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
  request.headers = new Headers({ "x-forwarded-for": "192.0.2.50", "user-agent": "Firefox op Linux" });
  request.cookies.clear();
  waits.length = 0;
  hashing.verified.length = 0;
  delete process.env.TRUSTED_PROXIES;
  resetAppConfig();
});

const signIn = (email: string, password: string) => signInWithPasswordAction(null, { email, password });
const from = (forwardedFor: string) => {
  request.headers = new Headers({ "x-forwarded-for": forwardedFor });
};
const sessionsOf = async (email: string) => db.session.count({ where: { user: { email }, endedAt: null } });

describe("per account", () => {
  it("five wrong passwords do not stop the owner from signing in with a link", async () => {
    for (let i = 0; i < LINK_REQUIRED_AFTER; i++)
      expect(await signIn("ouder@demo.test", "geraden-wachtwoord")).toMatchObject({ code: "UNAUTHENTICATED" });
    // Now even the right password is not enough: the form says to use a link, and no session opens.
    expect(await signIn("ouder@demo.test", PASSWORD)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      formError: "throttling.linkRequired",
    });
    expect(await sessionsOf("ouder@demo.test")).toBe(0);

    // The owner asks for a link; it reaches their mailbox and signs them in.
    expect(await requestSignInLinkAction(null, { email: "ouder@demo.test" })).toEqual({ ok: true, data: null });
    const link = extractLink(outbox.to("ouder@demo.test")[0]!.text, "/api/auth/callback/email");
    const response = await AuthHandler({
      req: {
        action: "callback",
        providerId: "email",
        method: "GET",
        query: Object.fromEntries(new URL(link).searchParams),
        headers: {},
        cookies: {},
      },
      options: authOptions,
    });
    expect(response.cookies?.some((c) => c.name.endsWith("next-auth.session-token") && c.value)).toBe(true);
    expect(await db.session.findFirst({ where: { user: { email: "ouder@demo.test" } } })).toMatchObject({
      method: "LINK",
      endedAt: null,
    });
  });

  it("an unknown address gets the same answers at the same points", async () => {
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    // The echoed e-mail field aside, which is the person's own input.
    const answer = async (email: string) => ({ ...(await signIn(email, "geraden-wachtwoord")), values: undefined });
    for (let i = 0; i <= LINK_REQUIRED_AFTER; i++) {
      known.push(await answer("school@demo.test"));
      unknown.push(await answer("niemand@demo.test"));
    }
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toMatchObject({ formError: "throttling.linkRequired" });
  });

  it("slows each further failure, growing, from the third on", async () => {
    for (let i = 0; i < LINK_REQUIRED_AFTER + 1; i++) await signIn("zorg@demo.test", "fout");
    expect(waits).toEqual([0, 0, 250, 500, 1000, 2000]);
  });

  it("the right password within the limit signs in and opens a session", async () => {
    await signIn("gemeente@demo.test", "fout");
    await expect(signIn("gemeente@demo.test", PASSWORD)).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await sessionsOf("gemeente@demo.test")).toBe(1);
    expect([...request.cookies.keys()]).toEqual(["next-auth.session-token"]);
  });
});

describe("per address", () => {
  it("refuses an address that sprays many accounts, even with a right password, and only that address", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await signIn(`iemand${i}@demo.test`, "Welkom01!");
    expect(await signIn("school@demo.test", PASSWORD)).toMatchObject({
      code: "FORBIDDEN",
      formError: "signIn.errorThrottled",
    });
    expect(await sessionsOf("school@demo.test")).toBe(0);
    from("192.0.2.51");
    await expect(signIn("school@demo.test", PASSWORD)).rejects.toThrow(/NEXT_REDIRECT/);
  });

  it("a spoofed X-Forwarded-For without trusted proxies lands in the same throttle bucket", async () => {
    // A client that reaches the app directly and sends its own chain: each attempt claims
    // another origin, but without declared proxies none of it is believed.
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      from(`198.51.100.${i}, 192.0.2.60`);
      await signIn(`iemand${i}@demo.test`, "Welkom01!");
    }
    expect(new Set((await db.loginAttempt.findMany({ select: { ip: true } })).map((a) => a.ip))).toEqual(
      new Set(["onbekend"]),
    );
    from("203.0.113.99, 192.0.2.61");
    expect(await signIn("school@demo.test", PASSWORD)).toMatchObject({ formError: "signIn.errorThrottled" });
  });

  it("behind a declared proxy, what the client put in front of the proxy's entry is ignored", async () => {
    process.env.TRUSTED_PROXIES = "1";
    resetAppConfig();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      from(`198.51.100.${i}, 203.0.113.5`);
      await signIn(`iemand${i}@demo.test`, "Welkom01!");
    }
    expect(await db.loginAttempt.count({ where: { ip: "203.0.113.5" } })).toBe(MAX_FAILURES_PER_ADDRESS);
    from("10.9.9.9, 203.0.113.5");
    expect(await signIn("school@demo.test", PASSWORD)).toMatchObject({ formError: "signIn.errorThrottled" });
    from("10.9.9.9, 203.0.113.6");
    await expect(signIn("school@demo.test", PASSWORD)).rejects.toThrow(/NEXT_REDIRECT/);
  });
});

describe("enumeration", () => {
  it("does one argon2 verification for a known, an unknown, a password-less and a deactivated address alike", async () => {
    await db.user.update({ where: { email: "zorg@demo.test" }, data: { active: false } });
    await db.user.update({ where: { email: "gemeente@demo.test" }, data: { passwordHash: null } });
    const answers = [];
    for (const email of ["school@demo.test", "niemand@demo.test", "gemeente@demo.test", "zorg@demo.test"]) {
      hashing.verified.length = 0;
      answers.push(await signIn(email, "geraden-wachtwoord"));
      expect(hashing.verified, email).toHaveLength(1);
      expect(hashing.verified[0], email).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    }
    expect(new Set(answers.map((a) => JSON.stringify({ ...a, values: undefined }))).size).toBe(1);
  });
});
