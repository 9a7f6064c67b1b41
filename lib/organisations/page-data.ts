import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { NotFoundError } from "../policy/errors";
import { getOpenInvitation } from "./accept-invitation";
import { getOrganisationSettings } from "./settings";

export async function loadOrganisationSettings() {
  const actor = await requireActor();
  try {
    return { actor, settings: await getOrganisationSettings(await getDb(), actor) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function loadInvitation(token: string) {
  return getOpenInvitation(await getDb(), token);
}
