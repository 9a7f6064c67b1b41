import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { childErasureOverview } from "../children/erasure/queries";
import { orNotFound } from "../policy/or-not-found";
import { loadVisibleInitiative } from "./visible-initiative";

/** The erasure page of a child: its guardians only; everyone else gets the 404 page. */
export const loadChildErasurePage = cache(async (initiativeId: string, childId: string) => {
  const { actor, db, initiative } = await loadVisibleInitiative(initiativeId);
  const overview = await orNotFound(childErasureOverview(db, actor, childId));
  if (overview.child.initiativeId !== initiative.id) notFound();
  return { initiative, ...overview };
});
