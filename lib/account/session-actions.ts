"use server";
// The account page's session list, and confirming one's password for sensitive changes.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { originFrom, requestOrigin } from "../access-log/client-address";
import type { ActionResult } from "../actions/action-result";
import { authedAction } from "../actions/authed-action";
import { echoValues, fieldErrorsOf, toPlainObject, unsafeInputResult } from "../actions/define-action";
import { redirectOnFormSuccess } from "../actions/redirect-on-success";
import { getActor } from "../auth/current-actor";
import { reauthenticateWithPassword } from "../auth/reauthenticate";
import { safeReturnPath } from "../auth/return-path";
import { sendReauthenticationLink } from "../auth/reauthentication-link";
import { getDb } from "../db/client";
import { revokeOwnSession } from "./session-list";
import { ZReauthenticate, ZReauthenticationLink, ZRevokeSession } from "./session-schemas";

export const revokeSessionAction = authedAction(ZRevokeSession, async (actor, input) => {
  const result = await revokeOwnSession(await getDb(), actor, input.session);
  // This browser's own session: the form signs it out (a re-render now would only redirect).
  if (!result.current) revalidatePath("/account");
  return result;
});

const FORM_ERRORS = {
  wrong: "sessions.reauthWrong",
  "link-required": "throttling.linkRequired",
  throttled: "signIn.errorThrottled",
} as const;

async function reauthenticate(_previous: unknown, input?: unknown): Promise<ActionResult<{ returnTo: string }>> {
  const plain = toPlainObject(input === undefined ? _previous : input);
  const actor = await getActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED", formError: "unauthenticated" };
  const refused = unsafeInputResult(plain);
  if (refused) return refused;
  const parsed = ZReauthenticate.safeParse(plain);
  if (!parsed.success)
    return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(plain) };
  if (!actor.sessionId) return { ok: false, code: "FORBIDDEN", formError: "forbidden" };
  const outcome = await reauthenticateWithPassword(
    await getDb(),
    actor,
    parsed.data.password,
    originFrom(await headers()),
  );
  if (outcome !== "confirmed")
    return { ok: false, code: "FORBIDDEN", formError: FORM_ERRORS[outcome], values: echoValues(plain) };
  return { ok: true, data: { returnTo: safeReturnPath(parsed.data.terug) } };
}

/** A form post that succeeds goes back where the person came from (a path on this site only). */
export const reauthenticateAction = redirectOnFormSuccess(reauthenticate, (data) => data.returnTo);

/** Password-less accounts confirm with a fresh sign-in link to their own mailbox instead. */
export const requestReauthenticationLinkAction = authedAction(ZReauthenticationLink, async (actor, input) => {
  await sendReauthenticationLink(
    await getDb(),
    actor,
    safeReturnPath(input.terug),
    (await requestOrigin()).clientAddress,
  );
  return { sent: true };
});
