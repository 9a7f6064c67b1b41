import "server-only";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { orNotFound } from "../policy/or-not-found";
import { getOpenInvitation } from "../organisations/accept-invitation";
import { getOrganisationSettings } from "../organisations/settings";

export async function loadOrganisationSettings() {
  const actor = await requireActor();
  return { actor, settings: await orNotFound(getOrganisationSettings(await getDb(), actor)) };
}

export async function loadInvitation(token: string) {
  return getOpenInvitation(await getDb(), token);
}
