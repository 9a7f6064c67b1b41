"use server";
// "Sign in with my organisation": a plain form post (works without JavaScript). An address in a
// domain with SSO goes to that organisation's provider; any other address gets the same answer
// whether or not it has an account here, so this reveals only which domains use SSO.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "../actions/action-result";
import { echoValues, fieldErrorsOf, toPlainObject, unsafeInputResult } from "../actions/define-action";
import { getDb } from "../db/client";
import { ssoFlowCookie } from "./flow-cookie";
import { beginSsoSignIn, sealFlow, SSO_FLOW_MAX_AGE_S } from "./flow";
import { ZSsoStart } from "./schemas";

export async function startSsoSignInAction(
  _previous: unknown,
  input?: unknown,
): Promise<ActionResult<{ provider: false }>> {
  const plain = toPlainObject(input === undefined ? _previous : input);
  const refused = unsafeInputResult(plain);
  if (refused) return refused;
  const parsed = ZSsoStart.safeParse(plain);
  if (!parsed.success)
    return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(plain) };
  const begun = await beginSsoSignIn(await getDb(), parsed.data.email);
  if (begun === "none") return { ok: true, data: { provider: false } };
  if (begun === "provider")
    return { ok: false, code: "ERROR", formError: "sso.providerUnreachable", values: echoValues(plain) };
  const { name, options } = ssoFlowCookie();
  (await cookies()).set(name, sealFlow(begun.flow), { ...options, maxAge: SSO_FLOW_MAX_AGE_S });
  redirect(begun.url.href);
}
