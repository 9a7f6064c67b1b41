// The one place that talks to an organisation's OpenID Connect provider (openid-client v6):
// discovery, and the client configuration the sign-in flow uses.
import * as oidc from "openid-client";
import { appBaseUrl } from "../config/app-config";
import { LOOPBACK_HOSTS } from "./schemas";

const DISCOVERY_TIMEOUT_S = 5;

/** The app's own address the provider sends people back to; register this at the provider. */
export function ssoRedirectUri(): string {
  return `${appBaseUrl()}/api/sso/callback`;
}

/**
 * Whether the app may talk to this issuer: https always; plain http only to a provider on this
 * machine, and only while the app itself runs on http (development and the tests), never in a
 * deployment with an https address.
 */
export function issuerAllowed(issuer: string): boolean {
  const url = new URL(issuer);
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname) && appBaseUrl().startsWith("http://");
}

export interface ProviderSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** Discovery of the provider's metadata; throws when it is unreachable or its issuer differs. */
export async function discoverProvider(settings: ProviderSettings): Promise<oidc.Configuration> {
  if (!issuerAllowed(settings.issuer)) throw new Error("issuer not allowed");
  const insecure = new URL(settings.issuer).protocol === "http:";
  return oidc.discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
    timeout: DISCOVERY_TIMEOUT_S,
    ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
  });
}
