"use server";
// The second step of signing in and the enrolment of an authenticator app. These run for a
// session that has no actor yet (it owes its second factor), so they check the session state
// themselves instead of going through authedAction.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "../actions/action-result";
import { authedAction } from "../actions/authed-action";
import { echoValues, fieldErrorsOf, toPlainObject, unsafeInputResult } from "../actions/define-action";
import { getSignInState } from "../auth/current-actor";
import { getDb } from "../db/client";
import { ZMembershipRef } from "../organisations/schemas";
import { confirmEnrolment } from "./enrolment";
import { resetMemberSecondFactor } from "./reset";
import { ZSecondFactorCode } from "./schemas";
import type { CodeResult } from "./verification";
import { verifySecondFactor } from "./verification";

type Failure = Extract<CodeResult, { ok: false }>;

function failure(result: Failure): ActionResult<never> {
  if (result.reason === "too-many") redirect("/inloggen?error=SecondFactorTooMany");
  if (result.reason === "not-pending") return { ok: false, code: "CONFLICT", formError: "mfa.notPending" };
  if (result.reason !== "wrong-code") throw new Error("unreachable");
  return { ok: false, code: "VALIDATION", formError: result.attemptsLeft > 1 ? "mfa.codeWrong" : "mfa.codeWrongLast" };
}

function parseCode(input: unknown) {
  const plain = toPlainObject(input);
  const refused = unsafeInputResult(plain);
  if (refused) return { ok: false, result: refused } as const;
  const parsed = ZSecondFactorCode.safeParse(plain);
  return parsed.success
    ? ({ ok: true, code: parsed.data.code } as const)
    : ({
        ok: false,
        result: {
          ok: false,
          code: "VALIDATION",
          fieldErrors: fieldErrorsOf(parsed.error),
          values: echoValues(plain),
        } satisfies ActionResult<never>,
      } as const);
}

export async function verifySecondFactorAction(_previous: unknown, input?: unknown): Promise<ActionResult<never>> {
  const parsed = parseCode(input === undefined ? _previous : input);
  if (!parsed.ok) return parsed.result;
  const state = await getSignInState();
  if (state.status !== "second-factor" || state.need !== "verify")
    return { ok: false, code: "UNAUTHENTICATED", formError: "unauthenticated" };
  const result = await verifySecondFactor(await getDb(), state.userId, state.sessionId, parsed.code);
  if (!result.ok) return failure(result);
  redirect("/");
}

export async function confirmEnrolmentAction(
  _previous: unknown,
  input?: unknown,
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const parsed = parseCode(input === undefined ? _previous : input);
  if (!parsed.ok) return parsed.result;
  const state = await getSignInState();
  // Members at their first sign-in, and anyone signed in who chooses to (parents).
  const target =
    state.status === "second-factor" && state.need === "enrol"
      ? { userId: state.userId, sessionId: state.sessionId }
      : state.status === "signed-in" && state.sessionId
        ? { userId: state.actor.userId, sessionId: state.sessionId }
        : null;
  if (!target) return { ok: false, code: "UNAUTHENTICATED", formError: "unauthenticated" };
  const result = await confirmEnrolment(await getDb(), target.userId, target.sessionId, parsed.code);
  if (!result.ok) return failure(result);
  return { ok: true, data: { recoveryCodes: result.recoveryCodes } };
}

export const resetSecondFactorAction = authedAction(ZMembershipRef, async (actor, input) => {
  const result = await resetMemberSecondFactor(await getDb(), actor, input);
  revalidatePath("/organisatie");
  return result;
});
