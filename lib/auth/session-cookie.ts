import "server-only";
import type { User } from "next-auth";
import { encode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import { requestOrigin } from "../access-log/client-address";
import { appBaseUrl } from "../config/app-config";
import { getDb } from "../db/client";
import { authOptions, SESSION_MAX_AGE_S } from "./auth-options";
import { openSession, type SignInMethod } from "./server-sessions";

/** next-auth's own cookie name and options (next-auth/core/lib/cookie.js, defaultCookies). */
export function sessionCookie() {
  const secure = appBaseUrl().startsWith("https://");
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/**
 * Signs the user in as next-auth's own providers would: a server-side session row and the same
 * token (default claims plus the session id), encrypted with the same secret, in the same
 * cookie. next-auth reads it back on every request as if it had set it itself.
 */
export interface StartSessionOptions {
  /**
   * "idp": the organisation's SSO provider says the person did MFA (lib/sso/mfa.ts), so this
   * session counts as having passed the second factor; otherwise the platform's own applies.
   */
  secondFactor?: "idp";
}

export async function startSession(user: User, method: SignInMethod, opts: StartSessionOptions = {}): Promise<string> {
  const secondFactor = opts.secondFactor === "idp" ? "IDP" : undefined;
  const sid = await openSession(await getDb(), user.id, method, await requestOrigin(), undefined, secondFactor);
  const token: JWT = { name: user.name, email: user.email, picture: user.image, sub: user.id, uid: user.id, sid };
  const value = await encode({ token, secret: authOptions.secret!, maxAge: SESSION_MAX_AGE_S });
  const { name, options } = sessionCookie();
  (await cookies()).set(name, value, { ...options, expires: new Date(Date.now() + SESSION_MAX_AGE_S * 1000) });
  return sid;
}
