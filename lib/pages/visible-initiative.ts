import "server-only";
import { cache } from "react";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { orNotFound } from "../policy/or-not-found";
import { getInitiativeForActor } from "../initiatives/queries";

/**
 * The initiative as the acting user may see it, or the 404 page. Cached per request: the
 * initiative layout, the page and its metadata all ask for it and the database answers once.
 * Pages only: a server action must read fresh data after it writes.
 */
export const loadVisibleInitiative = cache(async (id: string) => {
  const actor = await requireActor();
  const db = await getDb();
  return { actor, db, initiative: await orNotFound(getInitiativeForActor(db, actor, id)) };
});
