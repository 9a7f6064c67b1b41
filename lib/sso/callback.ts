import "server-only";
// The provider sends the browser back here (app/api/sso/callback): the flow cookie is read and
// dropped, the answer checked, and a session started; a refusal goes back to the sign-in page
// with a reason the page explains in Dutch or English.
import { cookies, headers } from "next/headers";
import { originFrom } from "../access-log/client-address";
import { startSession } from "../auth/session-cookie";
import { getDb } from "../db/client";
import { finishSsoSignIn, openFlow } from "./flow";
import { ssoFlowCookie } from "./flow-cookie";
import { ssoRedirectUri } from "./oidc";

/** Where to send the browser next. */
export async function handleSsoCallback(requestUrl: string): Promise<string> {
  const jar = await cookies();
  const { name } = ssoFlowCookie();
  const flow = openFlow(jar.get(name)?.value);
  jar.delete(name);
  // The address the provider was told to use, whatever host the request reached us on.
  const callbackUrl = new URL(ssoRedirectUri());
  callbackUrl.search = new URL(requestUrl).search;
  const outcome = await finishSsoSignIn(await getDb(), flow, callbackUrl, originFrom(await headers()));
  if (!outcome.ok) return `/inloggen?sso=${outcome.reason}`;
  await startSession(outcome.user, "SSO", { secondFactor: outcome.secondFactor ?? undefined });
  return "/";
}
