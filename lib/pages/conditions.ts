import "server-only";
import { cache } from "react";
import { getChecklist } from "../randvoorwaarden/queries";
import { loadVisibleInitiative } from "./visible-initiative";

/** Cached per request: the page and its metadata share one load. */
export const loadConditionsPage = cache(async (id: string) => {
  const { actor, db, initiative } = await loadVisibleInitiative(id);
  return { actor, initiative, checklist: await getChecklist(db, initiative) };
});
