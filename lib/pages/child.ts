import "server-only";
import { forbidden, notFound } from "next/navigation";
import { cache } from "react";
import { isChildOfInitiative } from "../children/page-queries";
import { pendingErasureOf } from "../children/erasure/queries";
import { getChildForActor } from "../children/queries";
import type { InitiativeDetail } from "../initiatives/queries";
import { orNotFound } from "../policy/or-not-found";
import { loadVisibleInitiative } from "./visible-initiative";

/**
 * One child in the parts the actor may see; a child it may not see (or of another initiative)
 * is a 404. Cached per request: the page and its metadata share one load (and one logged view).
 */
export const loadChildPage = cache(async (id: string, childId: string) => {
  const { actor, db, initiative } = await loadVisibleInitiative(id);
  if (!(await isChildOfInitiative(db, childId, initiative.id))) notFound();
  const child = await orNotFound(getChildForActor(db, actor, childId));
  const erasure = await pendingErasureOf(db, actor, child.id);
  return {
    initiative: { id: initiative.id, name: initiative.name },
    child,
    erasure,
    participants: initiative.participants,
  };
});

type Option = { value: string; label: string };

/** Participating organisations of some kinds, plus the one already chosen (it may have left since). */
function organisationOptions(
  participants: InitiativeDetail["participants"],
  kinds: string[],
  chosen: ({ id: string; name: string } | null)[],
): Option[] {
  const options = new Map<string, string>();
  for (const p of participants)
    if (p.organisationId && p.organisation && kinds.includes(p.organisation.kind))
      options.set(p.organisationId, p.organisation.name);
  for (const c of chosen) if (c) options.set(c.id, c.name);
  return [...options].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, "nl"));
}

/** The edit page exists for whoever sees the child, but only a guardian may use it: 403 for the others. */
export async function loadChildEditor(id: string, childId: string) {
  const { initiative, child, participants } = await loadChildPage(id, childId);
  if (!child.canEdit) forbidden();
  return {
    initiative,
    child,
    schools: organisationOptions(participants, ["SCHOOL"], [child.onderwijs?.school ?? null]),
    providers: organisationOptions(
      participants,
      ["ZORGAANBIEDER", "ZORGKANTOOR", "GEMEENTE", "SCHOOL", "SCHOOLBESTUUR", "SWV"],
      (child.care ?? []).map((c) => c.provider),
    ),
  };
}
