import "server-only";
import { cache } from "react";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { getInitiativeForActor } from "../initiatives/queries";
import { orNotFound } from "../policy/or-not-found";
import { initiativeTimeline } from "../activity/queries";

/** Anyone who may see the initiative sees its activity; others get a 404. Cached per request. */
export const loadActivityPage = cache(async (id: string, before: string | null) => {
  const actor = await requireActor();
  const db = await getDb();
  const initiative = await orNotFound(getInitiativeForActor(db, actor, id));
  return { actor, initiative, timeline: await initiativeTimeline(db, initiative, { before }) };
});
