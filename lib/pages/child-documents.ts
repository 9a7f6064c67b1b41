import "server-only";
import { cache } from "react";
import { childDocumentsForActor } from "../children/documents";
import { orNotFound } from "../policy/or-not-found";
import { loadVisibleInitiative } from "./visible-initiative";

/** Cached per request: the page and its metadata share one load (and one logged view). */
export const loadChildDocumentsPage = cache(async (id: string, childId: string) => {
  const { actor, db, initiative } = await loadVisibleInitiative(id);
  const page = await orNotFound(childDocumentsForActor(db, actor, { initiativeId: initiative.id, childId }));
  return { initiative: { id: initiative.id, name: initiative.name }, ...page };
});
