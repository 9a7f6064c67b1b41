import "server-only";
import { cache } from "react";
import { initiativeTimeline } from "../activity/queries";
import { loadVisibleInitiative } from "./visible-initiative";

/** Anyone who may see the initiative sees its activity; others get a 404. Cached per request. */
export const loadActivityPage = cache(async (id: string, before: string | null) => {
  const { actor, db, initiative } = await loadVisibleInitiative(id);
  return { actor, initiative, timeline: await initiativeTimeline(db, initiative, { before }) };
});
