import "server-only";
import type { User } from "next-auth";
import { encode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import { appBaseUrl } from "../config/app-config";
import { authOptions, SESSION_MAX_AGE_S } from "./auth-options";

/** next-auth's own cookie name and options (next-auth/core/lib/cookie.js, defaultCookies). */
function sessionCookie() {
  const secure = appBaseUrl().startsWith("https://");
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/**
 * Signs the user in as next-auth's credentials callback would: the same token (its default claims
 * plus our jwt callback), encrypted with the same secret, in the same cookie. next-auth reads it
 * back on every request as if it had set it itself.
 */
export async function startSession(user: User): Promise<void> {
  const defaults: JWT = { name: user.name, email: user.email, picture: user.image, sub: user.id };
  const token = await authOptions.callbacks!.jwt!({
    token: defaults,
    user,
    account: { provider: "credentials", type: "credentials", providerAccountId: user.id },
    trigger: "signIn",
  });
  const value = await encode({ token, secret: authOptions.secret!, maxAge: SESSION_MAX_AGE_S });
  const { name, options } = sessionCookie();
  (await cookies()).set(name, value, { ...options, expires: new Date(Date.now() + SESSION_MAX_AGE_S * 1000) });
}
