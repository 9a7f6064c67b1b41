// The authorization code flow with PKCE, state and nonce against an organisation's provider.
// beginSsoSignIn picks the provider by the address's domain and returns where to send the
// browser plus what must come back (kept in a sealed, short-lived cookie by the caller);
// finishSsoSignIn checks the answer, finds or links the account and logs the attempt.
import * as oidc from "openid-client";
import { recordAccess } from "../access-log/record-access";
import type { RequestOrigin } from "../access-log/client-address";
import type { Db } from "../db/create-client";
import { clock } from "../time/clock";
import { ssoConfigForEmail, ssoConfigOf } from "./config";
import { linkSsoAccount, type LinkRefusal } from "./link-account";
import { idpDidMfa } from "./mfa";
import { discoverProvider, ssoRedirectUri } from "./oidc";
import { open, seal } from "./secret-box";

/** How long the person may take at their provider before the flow must start again. */
export const SSO_FLOW_MAX_AGE_S = 10 * 60;

export interface SsoFlow {
  organisationId: string;
  state: string;
  nonce: string;
  verifier: string;
  startedAt: number;
}

export type SsoFailure = "unavailable" | "provider" | "invalid" | LinkRefusal;

export async function beginSsoSignIn(
  db: Db,
  email: string,
): Promise<{ url: URL; flow: SsoFlow } | "none" | "provider"> {
  const config = await ssoConfigForEmail(db, email);
  if (!config) return "none";
  let provider: oidc.Configuration;
  try {
    provider = await discoverProvider(config);
  } catch {
    return "provider";
  }
  const verifier = oidc.randomPKCECodeVerifier();
  const flow: SsoFlow = {
    organisationId: config.organisationId,
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier,
    startedAt: clock.now().getTime(),
  };
  const url = oidc.buildAuthorizationUrl(provider, {
    redirect_uri: ssoRedirectUri(),
    scope: "openid email profile",
    response_type: "code",
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state: flow.state,
    nonce: flow.nonce,
    // Entra ID and others fill in the account field: one less thing to type.
    login_hint: email,
  });
  return { url, flow };
}

export function sealFlow(flow: SsoFlow): string {
  return seal(JSON.stringify(flow), "sso-flow");
}

/** The flow from its cookie; null when missing, tampered with or too old. */
export function openFlow(sealed: string | undefined, now = clock.now()): SsoFlow | null {
  const plain = sealed ? open(sealed, "sso-flow") : null;
  if (!plain) return null;
  try {
    const flow = JSON.parse(plain) as SsoFlow;
    if (typeof flow.startedAt !== "number" || now.getTime() - flow.startedAt > SSO_FLOW_MAX_AGE_S * 1000) return null;
    return flow;
  } catch {
    return null;
  }
}

export type SsoOutcome =
  | { ok: true; user: { id: string; email: string; name: string }; linked: boolean; secondFactor: "idp" | null }
  | { ok: false; reason: SsoFailure };

/**
 * `callbackUrl` is the address the provider sent the browser to (our redirect URI with code and
 * state). Every outcome is in the access log: SIGN_IN for the account, or SIGN_IN_FAILED.
 */
export async function finishSsoSignIn(
  db: Db,
  flow: SsoFlow | null,
  callbackUrl: URL,
  origin: RequestOrigin,
): Promise<SsoOutcome> {
  const fail = async (reason: SsoFailure, user: { userId: string; name: string } | null = null) => {
    await recordAccess(db, user, { action: "SIGN_IN_FAILED", subjectType: "ACCOUNT", subjectId: user?.userId, origin });
    return { ok: false as const, reason };
  };
  if (!flow) return fail("invalid");
  const config = await ssoConfigOf(db, flow.organisationId);
  if (!config) return fail("unavailable");
  let claims: oidc.IDToken;
  try {
    const provider = await discoverProvider(config);
    const tokens = await oidc.authorizationCodeGrant(provider, callbackUrl, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims()!;
    // Many providers put the address in the userinfo answer, not in the ID token.
    if (claims.email === undefined && tokens.access_token)
      claims = { ...(await oidc.fetchUserInfo(provider, tokens.access_token, claims.sub)), ...claims };
  } catch (error) {
    // A wrong state or nonce, an error answer from the provider, a bad signature: all refused alike.
    console.warn("sso sign-in refused:", error instanceof Error ? error.message : error);
    return fail("invalid");
  }
  const linked = await linkSsoAccount(db, config, claims);
  if (!linked.ok) {
    const who = linked.userId
      ? await db.user.findUnique({ where: { id: linked.userId }, select: { id: true, name: true } })
      : null;
    return fail(linked.reason, who ? { userId: who.id, name: who.name } : null);
  }
  await recordAccess(
    db,
    { userId: linked.user.id, name: linked.user.name },
    {
      action: "SIGN_IN",
      subjectType: "ACCOUNT",
      subjectId: linked.user.id,
      origin,
    },
  );
  return { ok: true, user: linked.user, linked: linked.linked, secondFactor: idpDidMfa({ ...claims }) ? "idp" : null };
}
