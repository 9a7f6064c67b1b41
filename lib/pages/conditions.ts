import "server-only";
import { cache } from "react";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { getInitiativeForActor } from "../initiatives/queries";
import { orNotFound } from "../policy/or-not-found";
import { getChecklist } from "../randvoorwaarden/queries";

/** Cached per request: the page and its metadata share one load. */
export const loadConditionsPage = cache(async (id: string) => {
  const actor = await requireActor();
  const db = await getDb();
  const initiative = await orNotFound(getInitiativeForActor(db, actor, id));
  return { actor, initiative, checklist: await getChecklist(db, initiative) };
});
