import "server-only";
// A sign-in link to the person's own mailbox that returns to where they were: following it opens
// a new session, which counts as a fresh sign-in for requireRecentAuthentication. Throttled like
// every sign-in link; over the limit nothing is sent and the answer is the same.
import { appBaseUrl } from "../config/app-config";
import type { Tx } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { authOptions, SIGN_IN_LINK_MAX_AGE_S } from "./auth-options";
import { sendSignInLinkMail } from "./sign-in-link-mail";
import { mayRequestSignInLink } from "./sign-in-link-request";
import { createSignInLink } from "./sign-in-link-token";

export async function sendReauthenticationLink(db: Tx, actor: Actor, returnTo: string, clientAddress: string) {
  if (!(await mayRequestSignInLink(db, actor.email, clientAddress))) return;
  const secret = authOptions.secret;
  if (!secret) throw new Error("Sign-in links need NEXTAUTH_SECRET");
  const baseUrl = appBaseUrl();
  const { url } = await createSignInLink(actor.email, {
    adapter: authOptions.adapter!,
    secret,
    baseUrl,
    callbackUrl: `${new URL(baseUrl).origin}${returnTo}`,
    maxAgeSeconds: SIGN_IN_LINK_MAX_AGE_S,
  });
  await sendSignInLinkMail({ identifier: actor.email, url });
}
