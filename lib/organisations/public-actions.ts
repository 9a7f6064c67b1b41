"use server";
// Accepting an invitation is the one action open to people without a session; the token
// in the link is the authorization. Unknown tokens are throttled per client address, and an
// accepted invitation signs the person in: the link proved their mailbox, as a sign-in link does.
import { unstable_rethrow } from "next/navigation";
import { requestOrigin } from "../access-log/client-address";
import type { ActionResult } from "../actions/action-result";
import { echoValues, fieldErrorsOf, toPlainObject, unsafeInputResult } from "../actions/define-action";
import { redirectOnFormSuccess } from "../actions/redirect-on-success";
import { invitationAttemptsBlocked, recordInvitationMiss } from "../auth/rate-limit";
import { startSession } from "../auth/session-cookie";
import { getDb } from "../db/client";
import { FieldError, NotFoundError } from "../policy/errors";
import { acceptInvitation } from "./accept-invitation";
import { ZAcceptInvitation } from "./accept-schemas";

async function acceptInvitationResult(_previous: unknown, input?: unknown): Promise<ActionResult<{ email: string }>> {
  const raw = toPlainObject(input);
  const refused = unsafeInputResult(raw);
  if (refused) return refused;
  const parsed = ZAcceptInvitation.safeParse(raw);
  const values = echoValues(raw);
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error), values };
  const db = await getDb();
  const { clientAddress } = await requestOrigin();
  if (await invitationAttemptsBlocked(db, clientAddress))
    return { ok: false, code: "FORBIDDEN", formError: "signIn.errorThrottled", values };
  try {
    const result = await acceptInvitation(db, parsed.data);
    await startSession(result.user, "LINK");
    return { ok: true, data: { email: result.email } };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof FieldError)
      return { ok: false, code: "VALIDATION", fieldErrors: { [error.field]: [error.messageKey] }, values };
    if (error instanceof NotFoundError) {
      await recordInvitationMiss(db, clientAddress);
      return { ok: false, code: "NOT_FOUND", formError: "invitationInvalid" };
    }
    console.error("accept invitation failed", error);
    return { ok: false, code: "ERROR", formError: "unexpected" };
  }
}

/**
 * A form post that succeeds continues on the home page, signed in and saying the person is now a
 * member: a real redirect, so it also works without JavaScript.
 */
export const acceptInvitationAction = redirectOnFormSuccess(acceptInvitationResult, () => "/?uitgenodigd=1");
