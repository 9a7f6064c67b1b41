"use server";
// Signing in with a password as a plain form post: works before hydration and with scripts
// blocked, and the password travels in the request body only, never in a URL.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "../actions/action-result";
import { echoValues, fieldErrorsOf, toPlainObject, unsafeInputResult } from "../actions/define-action";
import { checkCredentials, ZCredentials } from "./credentials";
import { originFrom } from "../access-log/client-address";
import { startSession } from "./session-cookie";

export async function signInWithPasswordAction(_previous: unknown, input?: unknown): Promise<ActionResult<never>> {
  const plain = toPlainObject(input === undefined ? _previous : input);
  const refused = unsafeInputResult(plain);
  if (refused) return refused;
  const parsed = ZCredentials.safeParse(plain);
  if (!parsed.success)
    return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(plain) };
  let user: Awaited<ReturnType<typeof checkCredentials>>;
  try {
    user = await checkCredentials(parsed.data, originFrom(await headers()));
  } catch (error) {
    // A database outage: logged here, and the browser gets a generic message, never the
    // driver's text (which names the database host and port).
    console.error("sign-in failed", error);
    return { ok: false, code: "ERROR", formError: "unexpected", values: echoValues(plain) };
  }
  if (user === "throttled")
    return { ok: false, code: "FORBIDDEN", formError: "signIn.errorThrottled", values: echoValues(plain) };
  // Known account or not, the same words: the next step is a sign-in link from the mailbox.
  if (user === "link-required")
    return { ok: false, code: "FORBIDDEN", formError: "throttling.linkRequired", values: echoValues(plain) };
  if (!user)
    return { ok: false, code: "UNAUTHENTICATED", formError: "signIn.errorCredentials", values: echoValues(plain) };
  await startSession(user, "PASSWORD");
  redirect("/");
}
