import "server-only";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { orNotFound } from "../policy/or-not-found";
import { getSsoSettings } from "../sso/config";
import { ssoRedirectUri } from "../sso/oidc";

/** The organisation's SSO settings: beheerders only (others 404). */
export async function loadOrganisationSsoPage() {
  const actor = await requireActor();
  const settings = await orNotFound(getSsoSettings(await getDb(), actor));
  return { ...settings, redirectUri: ssoRedirectUri() };
}
