import { appBaseUrl } from "../config/app-config";

/**
 * The sealed SSO flow (state, nonce, PKCE verifier) between leaving for the provider and coming
 * back. SameSite=Lax: the provider sends the browser back with a top-level GET, which carries it.
 */
export function ssoFlowCookie() {
  const secure = appBaseUrl().startsWith("https://");
  return {
    name: `${secure ? "__Host-" : ""}sns-sso-flow`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}
