import "server-only";
import { cache } from "react";
import { canAddChild } from "../children/page-queries";
import { childrenOfInitiative } from "../children/queries";
import { loadVisibleInitiative } from "./visible-initiative";

/**
 * The children of an initiative: counts for everyone who sees it, details of the children and
 * parts the actor may see, and whether the actor (a parent here) may add a child.
 */
export const loadChildrenPage = cache(async (id: string) => {
  const { actor, db, initiative } = await loadVisibleInitiative(id);
  const [{ counts, children }, canAdd] = await Promise.all([
    childrenOfInitiative(db, actor, initiative),
    canAddChild(db, actor, initiative.id),
  ]);
  return { initiative: { id: initiative.id, name: initiative.name }, counts, children, canAdd };
});
