// SSO for organisations against a real OpenID Connect provider (oidc-provider, started here):
// configuration rules, the secret at rest, and the code flow that links an invited member.
import { testRequest } from "./support/next-headers";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openSession } from "../../lib/auth/server-sessions";
import { resetAppConfig } from "../../lib/config/app-config";
import type { Db } from "../../lib/db/client";
import { newInvitationToken } from "../../lib/organisations/invitation-token";
import { ConflictError, FieldError, NotFoundError } from "../../lib/policy/errors";
import { handleSsoCallback } from "../../lib/sso/callback";
import { getSsoSettings, saveSsoConfig } from "../../lib/sso/config";
import { beginSsoSignIn, finishSsoSignIn, openFlow, sealFlow, type SsoFlow } from "../../lib/sso/flow";
import { ssoRedirectUri } from "../../lib/sso/oidc";
import { ZSsoConfig } from "../../lib/sso/schemas";
import { open } from "../../lib/sso/secret-box";
import { ID } from "../support/demo";
import { followToCallback, startTestProvider, type TestProvider } from "../support/oidc-test-provider";
import { testPort } from "./support/ports";
import { actorInFreshSession, auditCount, freshDemoWorld } from "./support/world";

// The callback's request-bound helpers: a cookie jar and the browser's headers.
const jar = testRequest.cookies;

// Not 4190: fetch refuses that port (the Fetch standard's "bad ports" list, ManageSieve).
const PORT = testPort(4290);
const origin = { clientAddress: "192.0.2.20", userAgent: "Chromium op Linux" };
const saved = { NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET, NEXTAUTH_URL: process.env.NEXTAUTH_URL };
let idp: TestProvider;
let db: Db;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "integration-test-secret-of-some-length";
  process.env.NEXTAUTH_URL = "http://app.test";
  resetAppConfig();
  idp = await startTestProvider({
    port: PORT,
    redirectUri: ssoRedirectUri(),
    accounts: [
      { sub: "entra-juf", email: "juf.sso@vlinderboom.test", name: "Juf Sso" },
      { sub: "entra-mfa", email: "mfa.sso@vlinderboom.test", name: "Meester Mfa", amr: ["pwd", "mfa"] },
      { sub: "entra-stranger", email: "vreemde@vlinderboom.test" },
      { sub: "entra-unverified", email: "onbevestigd@vlinderboom.test", email_verified: false },
      // The provider answers with an address in a domain the school did not list.
      { hint: "elders@vlinderboom.test", sub: "entra-elders", email: "iemand@elders.test" },
    ],
  });
});
afterAll(async () => {
  await idp?.close();
  Object.assign(process.env, saved);
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  resetAppConfig();
});
beforeEach(async () => {
  db = await freshDemoWorld();
  testRequest.headers = new Headers({ "user-agent": "Chromium op Linux" });
});

const form = (over: Record<string, unknown> = {}) =>
  ZSsoConfig.parse({
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    allowedDomains: "vlinderboom.test",
    enabled: "on",
    version: 0,
    ...over,
  });

async function configure() {
  return saveSsoConfig(db, await actorInFreshSession(db, "school@demo.test"), form());
}

async function invite(email: string) {
  const beheerder = await db.user.findUniqueOrThrow({ where: { email: "school@demo.test" } });
  return db.invitation.create({
    data: {
      organisationId: ID.vlinderboom,
      email,
      role: "MEDEWERKER",
      tokenHash: newInvitationToken().tokenHash,
      expiresAt: new Date(Date.now() + 86_400_000),
      invitedById: beheerder.id,
    },
  });
}

/** The browser's round trip: our sign-in start, the provider, back to our callback. */
async function signIn(email: string, tamper?: (flow: SsoFlow, callback: URL) => void) {
  const begun = await beginSsoSignIn(db, email);
  if (typeof begun === "string") throw new Error(`no sign-in: ${begun}`);
  // The flow travels in a sealed cookie.
  const flow = openFlow(sealFlow(begun.flow))!;
  const callback = await followToCallback(begun.url, ssoRedirectUri());
  tamper?.(flow, callback);
  return finishSsoSignIn(db, flow, callback, origin);
}

const accessRows = (action: "SIGN_IN" | "SIGN_IN_FAILED") => db.accessLogEntry.count({ where: { action } });

describe("SSO configuration", () => {
  it("requires an https issuer (http only on this machine) and well-formed domains", () => {
    expect(ZSsoConfig.safeParse({ ...form(), issuer: "http://idp.example.nl", allowedDomains: "a.nl" }).success).toBe(
      false,
    );
    expect(
      ZSsoConfig.safeParse({ ...form(), issuer: "https://login.microsoftonline.com/abc/v2.0", allowedDomains: "a.nl" })
        .success,
    ).toBe(true);
    const bad = ZSsoConfig.safeParse({ ...form(), allowedDomains: "school.nl, niet een domein" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.message)).toContain("ssoDomainInvalid");
    expect(ZSsoConfig.safeParse({ ...form(), allowedDomains: " " }).error!.issues[0]!.message).toBe(
      "ssoDomainsRequired",
    );
    expect(form({ allowedDomains: "@School.nl\nbestuur.nl, school.nl" }).allowedDomains).toEqual([
      "school.nl",
      "bestuur.nl",
    ]);
  });

  it("refuses an http issuer once the app itself runs on https", async () => {
    process.env.NEXTAUTH_URL = "https://samennaarschool.example";
    resetAppConfig();
    try {
      await expect(configure()).rejects.toMatchObject(new FieldError("issuer", "ssoIssuerHttps"));
    } finally {
      process.env.NEXTAUTH_URL = "http://app.test";
      resetAppConfig();
    }
    expect(await db.organisationSsoConfig.count()).toBe(0);
  });

  it("stores the client secret encrypted, never shows it, audits without it, and checks versions", async () => {
    const school = await actorInFreshSession(db, "school@demo.test");
    expect(await configure()).toEqual({ changed: true, version: 1 });
    const row = await db.organisationSsoConfig.findUniqueOrThrow({ where: { organisationId: ID.vlinderboom } });
    expect(row.clientSecretEncrypted).not.toContain(idp.clientSecret);
    expect(row.clientSecretEncrypted).toMatch(/^v1\./);
    expect(open(row.clientSecretEncrypted, "sso-client-secret")).toBe(idp.clientSecret);
    // Sealed for another purpose, the value is useless.
    expect(open(row.clientSecretEncrypted, "sso-flow")).toBeNull();

    const settings = await getSsoSettings(db, school);
    expect(JSON.stringify(settings)).not.toContain(idp.clientSecret);
    expect(settings.config).toMatchObject({ hasSecret: true, allowedDomains: ["vlinderboom.test"], version: 1 });
    const audit = await db.auditEvent.findMany({ where: { action: "sso.configured" } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.summary)).not.toMatch(/secret-that|vlinderboom\.test|localhost/);

    // An empty secret keeps the stored one; a stale version is a conflict and changes nothing.
    await saveSsoConfig(db, school, form({ clientSecret: "", enabled: "", version: 1 }));
    const after = await db.organisationSsoConfig.findUniqueOrThrow({ where: { organisationId: ID.vlinderboom } });
    expect(after).toMatchObject({ clientSecretEncrypted: row.clientSecretEncrypted, enabled: false, version: 2 });
    await expect(saveSsoConfig(db, school, form({ clientId: "ander", version: 1 }))).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await db.organisationSsoConfig.findUniqueOrThrow({ where: { id: row.id } })).clientId).toBe(idp.clientId);
  });

  it("is for beheerders only: others get 404 and nothing changes", async () => {
    for (const email of ["leerkracht@demo.test", "ouder@demo.test"]) {
      const actor = await actorInFreshSession(db, email);
      await expect(saveSsoConfig(db, actor, form())).rejects.toBeInstanceOf(NotFoundError);
      await expect(getSsoSettings(db, actor)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db.organisationSsoConfig.count()).toBe(0);
    expect(await auditCount(db, "sso.configured")).toBe(0);
  });

  it("needs a secret the first time, and a domain belongs to one organisation", async () => {
    const school = await actorInFreshSession(db, "school@demo.test");
    await expect(saveSsoConfig(db, school, form({ clientSecret: "" }))).rejects.toMatchObject(
      new FieldError("clientSecret", "required"),
    );
    await configure();
    const other = await db.organisation.findFirstOrThrow({
      where: { id: { not: ID.vlinderboom }, memberships: { some: { role: "BEHEERDER" } } },
      include: { memberships: { where: { role: "BEHEERDER" }, include: { user: true } } },
    });
    const otherActor = await actorInFreshSession(db, other.memberships[0]!.user.email, other.id);
    await expect(saveSsoConfig(db, otherActor, form())).rejects.toMatchObject(
      new FieldError("allowedDomains", "ssoDomainTaken"),
    );
  });
});

describe("SSO sign-in against the test provider", () => {
  it("links an invited member on the first sign-in, creates the account and a session; the second finds the identity", async () => {
    await configure();
    const invitation = await invite("juf.sso@vlinderboom.test");
    const first = await signIn("juf.sso@vlinderboom.test");
    expect(first).toMatchObject({ ok: true, linked: true, secondFactor: null });
    if (!first.ok) throw new Error("refused");

    const user = await db.user.findUniqueOrThrow({
      where: { email: "juf.sso@vlinderboom.test" },
      include: { memberships: true, ssoIdentities: true },
    });
    expect(user).toMatchObject({ name: "Juf Sso", passwordHash: null });
    expect(user.memberships).toEqual([expect.objectContaining({ organisationId: ID.vlinderboom, role: "MEDEWERKER" })]);
    expect(user.ssoIdentities).toEqual([expect.objectContaining({ issuer: idp.issuer, subject: "entra-juf" })]);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).not.toBeNull();
    expect(await auditCount(db, "sso.identity_linked")).toBe(1);
    expect(await auditCount(db, "invitation.accepted")).toBe(1);
    expect(await db.accessLogEntry.findFirst({ where: { action: "SIGN_IN", actorUserId: user.id } })).toMatchObject({
      subjectType: "ACCOUNT",
      clientAddress: "192.0.2.20",
    });

    // What the callback does next (lib/sso/callback.ts → startSession): a session row, method SSO.
    const sid = await openSession(db, first.user.id, "SSO", origin);
    expect(await db.session.findUniqueOrThrow({ where: { id: sid } })).toMatchObject({
      userId: user.id,
      method: "SSO",
    });

    const second = await signIn("juf.sso@vlinderboom.test");
    expect(second).toMatchObject({ ok: true, linked: false, user: { id: user.id } });
    expect(await db.userSsoIdentity.count()).toBe(1);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(1);
  });

  it("the callback route's handler starts an SSO session in the cookie, once per flow", async () => {
    await configure();
    await invite("juf.sso@vlinderboom.test");
    const begun = await beginSsoSignIn(db, "juf.sso@vlinderboom.test");
    if (typeof begun === "string") throw new Error(begun);
    jar.clear();
    jar.set("sns-sso-flow", sealFlow(begun.flow));
    const callback = await followToCallback(begun.url, ssoRedirectUri());
    // The provider's address, whatever host the request reached the app on.
    const reached = `http://127.0.0.1:3000/api/sso/callback${callback.search}`;
    expect(await handleSsoCallback(reached)).toBe("/");
    expect(jar.has("sns-sso-flow")).toBe(false);
    expect(jar.get("next-auth.session-token")).toBeTruthy();
    const user = await db.user.findUniqueOrThrow({ where: { email: "juf.sso@vlinderboom.test" } });
    expect(await db.session.findMany({ where: { userId: user.id } })).toEqual([
      expect.objectContaining({ method: "SSO", endedAt: null, userAgent: "Chromium op Linux", secondFactorAt: null }),
    ]);
    // The same answer again (a reload, a replay): the flow cookie is gone, so it is refused.
    expect(await handleSsoCallback(reached)).toBe("/inloggen?sso=invalid");
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("a session from a provider that did MFA counts as having passed the second factor", async () => {
    await configure();
    await invite("mfa.sso@vlinderboom.test");
    const begun = await beginSsoSignIn(db, "mfa.sso@vlinderboom.test");
    if (typeof begun === "string") throw new Error(begun);
    jar.clear();
    jar.set("sns-sso-flow", sealFlow(begun.flow));
    const callback = await followToCallback(begun.url, ssoRedirectUri());
    expect(await handleSsoCallback(`http://127.0.0.1:3000/api/sso/callback${callback.search}`)).toBe("/");
    const user = await db.user.findUniqueOrThrow({ where: { email: "mfa.sso@vlinderboom.test" } });
    const [session] = await db.session.findMany({ where: { userId: user.id } });
    expect(session).toMatchObject({ method: "SSO", secondFactorMethod: "IDP" });
    expect(session!.secondFactorAt).not.toBeNull();
  });

  it("links an existing member by verified address", async () => {
    await configure();
    const leerkracht = await db.user.update({
      where: { email: "leerkracht@demo.test" },
      data: { email: "juf.sso@vlinderboom.test" },
    });
    const result = await signIn("juf.sso@vlinderboom.test");
    expect(result).toMatchObject({ ok: true, linked: true, user: { id: leerkracht.id } });
  });

  it("counts the provider's MFA (amr) as the second factor, and only then", async () => {
    await configure();
    await invite("mfa.sso@vlinderboom.test");
    await invite("juf.sso@vlinderboom.test");
    expect(await signIn("mfa.sso@vlinderboom.test")).toMatchObject({ ok: true, secondFactor: "idp" });
    // amr ["pwd"]: the platform's own second factor still applies.
    expect(await signIn("juf.sso@vlinderboom.test")).toMatchObject({ ok: true, secondFactor: null });
  });

  const refusals: [string, string, string][] = [
    ["someone neither member nor invited", "vreemde@vlinderboom.test", "notMember"],
    ["an address the provider did not verify", "onbevestigd@vlinderboom.test", "emailUnverified"],
    ["an address outside the allowed domains", "elders@vlinderboom.test", "domain"],
  ];
  it.each(refusals)("refuses %s, changes nothing and logs the failure", async (_label, email, reason) => {
    await configure();
    // The others were invited: an invitation does not let an unverified or foreign address in.
    if (reason !== "notMember") await invite(email);
    const users = await db.user.count();
    const result = await signIn(email);
    expect(result).toEqual({ ok: false, reason });
    expect(await db.user.count()).toBe(users);
    expect(await db.userSsoIdentity.count()).toBe(0);
    expect(await db.invitation.count({ where: { acceptedAt: { not: null } } })).toBe(0);
    expect(await accessRows("SIGN_IN")).toBe(0);
    expect(await accessRows("SIGN_IN_FAILED")).toBe(1);
  });

  it("refuses an answer whose state or nonce does not match the flow", async () => {
    await configure();
    await invite("juf.sso@vlinderboom.test");
    const wrongState = await signIn("juf.sso@vlinderboom.test", (_flow, callback) =>
      callback.searchParams.set("state", "een-andere-state"),
    );
    expect(wrongState).toEqual({ ok: false, reason: "invalid" });
    const wrongNonce = await signIn("juf.sso@vlinderboom.test", (flow) => {
      flow.nonce = "een-andere-nonce";
    });
    expect(wrongNonce).toEqual({ ok: false, reason: "invalid" });
    expect(await finishSsoSignIn(db, null, new URL(ssoRedirectUri()), origin)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await db.userSsoIdentity.count()).toBe(0);
    expect(await db.user.count({ where: { email: "juf.sso@vlinderboom.test" } })).toBe(0);
    expect(await accessRows("SIGN_IN_FAILED")).toBe(3);
  });

  it("offers no provider for an unknown domain or a switched-off configuration", async () => {
    expect(await beginSsoSignIn(db, "juf.sso@vlinderboom.test")).toBe("none");
    await configure();
    expect(await beginSsoSignIn(db, "iemand@elders.test")).toBe("none");
    await saveSsoConfig(
      db,
      await actorInFreshSession(db, "school@demo.test"),
      form({ enabled: "", clientSecret: "", version: 1 }),
    );
    expect(await beginSsoSignIn(db, "juf.sso@vlinderboom.test")).toBe("none");
  });

  it("throws away a flow cookie that is tampered with or older than ten minutes", () => {
    const flow = { organisationId: "o", state: "s", nonce: "n", verifier: "v", startedAt: Date.now() };
    const sealed = sealFlow(flow);
    expect(openFlow(sealed)).toEqual(flow);
    expect(openFlow(sealed.slice(0, -2) + (sealed.endsWith("A") ? "BB" : "AA"))).toBeNull();
    expect(openFlow(sealed, new Date(Date.now() + 11 * 60 * 1000))).toBeNull();
    expect(openFlow(undefined)).toBeNull();
  });
});
