import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { childGuardiansOverview } from "../children/guardian-queries";
import { orNotFound } from "../policy/or-not-found";
import { loadVisibleInitiative } from "./visible-initiative";

/** The parents page of a child: its guardians only; everyone else gets the 404 page. */
export const loadChildGuardiansPage = cache(async (initiativeId: string, childId: string) => {
  const { actor, db, initiative } = await loadVisibleInitiative(initiativeId);
  const overview = await orNotFound(childGuardiansOverview(db, actor, childId));
  if (overview.child.initiativeId !== initiative.id) notFound();
  return { initiative, ...overview };
});
