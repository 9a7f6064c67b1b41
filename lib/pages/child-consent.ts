import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { childConsentOverview } from "../children/consent-queries";
import { orNotFound } from "../policy/or-not-found";
import { CONSENT_SCOPES } from "../children/schemas";
import { loadVisibleInitiative } from "./visible-initiative";

/**
 * The consent page of a child: its guardians only (everyone else gets the 404 page, also an
 * organisation that holds consent). Cached per request: the page and its metadata share one load.
 */
export const loadChildConsentPage = cache(async (initiativeId: string, childId: string) => {
  const { actor, db, initiative } = await loadVisibleInitiative(initiativeId);
  const overview = await orNotFound(childConsentOverview(db, actor, childId));
  // A child id only works under its own initiative.
  if (overview.child.initiativeId !== initiative.id) notFound();
  return { initiative, scopes: CONSENT_SCOPES, ...overview };
});
