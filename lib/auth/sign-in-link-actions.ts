"use server";
// Asking for a sign-in link as a plain form post, so it works before hydration and with scripts
// blocked. The link itself is next-auth's: its callback checks the token and starts the session.
import type { ActionResult } from "../actions/action-result";
import { echoValues, fieldErrorsOf, toPlainObject, unsafeInputResult } from "../actions/define-action";
import { redirectOnFormSuccess } from "../actions/redirect-on-success";
import { requestOrigin } from "../access-log/client-address";
import { appBaseUrl } from "../config/app-config";
import { afterResponse } from "./after-response";
import { getDb } from "../db/client";
import { authOptions, SIGN_IN_LINK_MAX_AGE_S } from "./auth-options";
import { sendSignInLinkMail } from "./sign-in-link-mail";
import { mayRequestSignInLink } from "./sign-in-link-request";
import { ZSignInLink } from "./sign-in-link-schema";
import { createSignInLink } from "./sign-in-link-token";

async function requestSignInLink(_previous: unknown, input?: unknown): Promise<ActionResult<null>> {
  const plain = toPlainObject(input === undefined ? _previous : input);
  const refused = unsafeInputResult(plain);
  if (refused) return refused;
  const parsed = ZSignInLink.safeParse(plain);
  if (!parsed.success)
    return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(plain) };
  const { email } = parsed.data;
  // Known or not, throttled or not: the same answer, so nobody learns which addresses have an account.
  const { clientAddress } = await requestOrigin();
  if (!(await mayRequestSignInLink(await getDb(), email, clientAddress))) return { ok: true, data: null };
  await afterResponse(async () => {
    const secret = authOptions.secret;
    if (!secret) throw new Error("Sign-in links need NEXTAUTH_SECRET");
    const baseUrl = appBaseUrl();
    const { url } = await createSignInLink(email, {
      adapter: authOptions.adapter!,
      secret,
      baseUrl,
      callbackUrl: `${new URL(baseUrl).origin}/`,
      maxAgeSeconds: SIGN_IN_LINK_MAX_AGE_S,
    });
    await sendSignInLinkMail({ identifier: email, url, clientAddress });
  });
  return { ok: true, data: null };
}

export const requestSignInLinkAction = redirectOnFormSuccess(requestSignInLink, () => "/inloggen/link-verstuurd");
