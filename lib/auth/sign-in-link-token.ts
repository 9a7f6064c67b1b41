// A sign-in link made exactly as next-auth v4's e-mail provider makes one
// (next-auth/core/lib/email/signin.js and core/lib/utils.js hashToken), so that next-auth's own
// callback, /api/auth/callback/email, accepts it: a random token in the link, only its hash
// (sha256 of token + secret) at rest through the adapter, expiring after the provider's maxAge.
import { createHash, randomBytes } from "node:crypto";
import type { Adapter } from "next-auth/adapters";

export function hashSignInToken(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

export interface SignInLinkOptions {
  adapter: Pick<Adapter, "createVerificationToken">;
  secret: string;
  /** The app's public address (NEXTAUTH_URL) without a trailing slash. */
  baseUrl: string;
  /** Where next-auth sends the person once signed in. */
  callbackUrl: string;
  maxAgeSeconds: number;
  now?: Date;
}

export async function createSignInLink(identifier: string, options: SignInLinkOptions) {
  const { adapter, secret, baseUrl, callbackUrl, maxAgeSeconds } = options;
  const token = randomBytes(32).toString("hex");
  const expires = new Date((options.now ?? new Date()).getTime() + maxAgeSeconds * 1000);
  await adapter.createVerificationToken!({ identifier, token: hashSignInToken(token, secret), expires });
  const params = new URLSearchParams({ callbackUrl, token, email: identifier });
  return { url: `${baseUrl}/api/auth/callback/email?${params}`, expires };
}
