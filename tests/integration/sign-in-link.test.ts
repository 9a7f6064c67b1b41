// Asking for a sign-in link through the form's own server action: the link it mails is one that
// next-auth's own callback (/api/auth/callback/email) accepts, once, before it expires; unknown
// and throttled addresses get the same answer and nothing is stored or sent.
import { testPort } from "./support/ports";
import { createRequire } from "node:module";
import path from "node:path";
import type { NextAuthOptions } from "next-auth";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authOptions, SIGN_IN_LINK_MAX_AGE_S } from "../../lib/auth/auth-options";
import { MAX_LINKS_PER_MAILBOX } from "../../lib/auth/rate-limit";
import { signInLinkAdapter } from "../../lib/auth/sign-in-link-adapter";
import { requestSignInLinkAction } from "../../lib/auth/sign-in-link-actions";
import { createSignInLink, hashSignInToken } from "../../lib/auth/sign-in-link-token";
import { resetAppConfig } from "../../lib/config/app-config";
import type { Db } from "../../lib/db/client";
import { extractLink } from "../support/mailbox";
import { ownMailCatcher } from "./support/own-mail-catcher";
import { freshDemoWorld } from "./support/world";

// next-auth's request handler, the one its route runs; its package does not export it by name.
const require = createRequire(import.meta.url);
const { AuthHandler } = require(path.join(path.dirname(require.resolve("next-auth")), "core")) as {
  AuthHandler: (params: {
    req: Record<string, unknown>;
    options: NextAuthOptions;
  }) => Promise<{ redirect?: string; cookies?: { name: string; value: string }[] }>;
};

const SECRET = "integration-test-secret-for-sign-in-links";
const outbox = ownMailCatcher({ smtpPort: testPort(1263), httpPort: testPort(1313) }, { clearBeforeEach: true });
const savedSecret = process.env.NEXTAUTH_SECRET;
beforeAll(() => {
  process.env.NEXTAUTH_SECRET = SECRET;
  resetAppConfig();
});
afterAll(() => {
  if (savedSecret === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = savedSecret;
  resetAppConfig();
});

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

/** The link's query, handed to next-auth's own request handler as its route would. */
async function openLink(link: string) {
  const url = new URL(link);
  expect(url.pathname).toBe("/api/auth/callback/email");
  return AuthHandler({
    req: {
      action: "callback",
      providerId: "email",
      method: "GET",
      query: Object.fromEntries(url.searchParams),
      headers: {},
      cookies: {},
    },
    options: authOptions,
  });
}

const sessionCookieOf = (response: Awaited<ReturnType<typeof openLink>>) =>
  response.cookies?.find((c) => c.name.endsWith("next-auth.session-token"));

async function requestLink(email: string) {
  return requestSignInLinkAction(null, { email });
}

describe("requesting a sign-in link", () => {
  it("mails a link that next-auth's callback accepts once and signs the person in", async () => {
    const before = Date.now();
    expect(await requestLink("Gemeente@Demo.test")).toEqual({ ok: true, data: null });

    const mails = outbox.to("gemeente@demo.test");
    expect(mails).toHaveLength(1);
    const link = extractLink(mails[0]!.text, "/api/auth/callback/email");
    const params = new URL(link).searchParams;
    expect(params.get("email")).toBe("gemeente@demo.test");
    expect(params.get("callbackUrl")).toBe("http://app.test/");

    // At rest only the hash of the token with the secret, expiring after the provider's maxAge.
    const stored = await db.verificationToken.findMany();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.identifier).toBe("gemeente@demo.test");
    expect(stored[0]!.token).not.toContain(params.get("token")!);
    expect(stored[0]!.token).toBe(hashSignInToken(params.get("token")!, SECRET));
    const expiresIn = stored[0]!.expires.getTime() - before;
    expect(expiresIn).toBeGreaterThanOrEqual(SIGN_IN_LINK_MAX_AGE_S * 1000 - 1000);
    expect(expiresIn).toBeLessThanOrEqual(SIGN_IN_LINK_MAX_AGE_S * 1000 + 60_000);

    const first = await openLink(link);
    expect(first.redirect).toBe("http://app.test/");
    expect(sessionCookieOf(first)?.value).toBeTruthy();
    expect(await db.verificationToken.count()).toBe(0);

    const again = await openLink(link);
    expect(again.redirect).toContain("error=Verification");
    expect(sessionCookieOf(again)).toBeUndefined();
  });

  it("refuses an expired link", async () => {
    const adapter = signInLinkAdapter(async () => db);
    const { url } = await createSignInLink("gemeente@demo.test", {
      adapter,
      secret: SECRET,
      baseUrl: "http://app.test",
      callbackUrl: "http://app.test/",
      maxAgeSeconds: SIGN_IN_LINK_MAX_AGE_S,
      now: new Date(Date.now() - SIGN_IN_LINK_MAX_AGE_S * 1000 - 1000),
    });
    const response = await openLink(url);
    expect(response.redirect).toContain("error=Verification");
    expect(sessionCookieOf(response)).toBeUndefined();
  });

  it("refuses a link whose token was hashed with another secret", async () => {
    const { url } = await createSignInLink("gemeente@demo.test", {
      adapter: signInLinkAdapter(async () => db),
      secret: "another-secret",
      baseUrl: "http://app.test",
      callbackUrl: "http://app.test/",
      maxAgeSeconds: SIGN_IN_LINK_MAX_AGE_S,
    });
    expect((await openLink(url)).redirect).toContain("error=Verification");
  });

  it("answers an unknown or deactivated address the same, and stores and sends nothing", async () => {
    await db.user.update({ where: { email: "zorg@demo.test" }, data: { active: false } });
    expect(await requestLink("onbekend@demo.test")).toEqual({ ok: true, data: null });
    expect(await requestLink("zorg@demo.test")).toEqual({ ok: true, data: null });
    expect(outbox.messages()).toHaveLength(0);
    expect(await db.verificationToken.count()).toBe(0);
  });

  it("stops sending links to an address after repeated requests, with the same answer", async () => {
    for (let i = 0; i < MAX_LINKS_PER_MAILBOX; i++) await requestLink("school@demo.test");
    expect(outbox.to("school@demo.test")).toHaveLength(MAX_LINKS_PER_MAILBOX);
    expect(await requestLink("school@demo.test")).toEqual({ ok: true, data: null });
    expect(outbox.to("school@demo.test")).toHaveLength(MAX_LINKS_PER_MAILBOX);
    expect(await db.verificationToken.count()).toBe(MAX_LINKS_PER_MAILBOX);
  });

  it("refuses a malformed address on the field", async () => {
    const result = await requestLink("geen-adres");
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { email: ["emailInvalid"] } });
    expect(await db.verificationToken.count()).toBe(0);
  });
});
