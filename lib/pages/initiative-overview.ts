import "server-only";
import { cache } from "react";
import { loadVisibleInitiative } from "./visible-initiative";
import { organisationOptions } from "../initiatives/participant-options";
import { buildOverview, openTasks } from "../stappenplan/overview";
import { getPlan } from "../stappenplan/queries";

/** Cached per request: the page and its metadata share one load. */
export const loadInitiativeOverview = cache(async (id: string) => {
  const { actor, db, initiative } = await loadVisibleInitiative(id);
  const [plan, tasks, addable] = await Promise.all([
    getPlan(db, initiative),
    openTasks(db, initiative),
    initiative.canEdit
      ? organisationOptions(db, {
          id: initiative.id,
          gemeenteIds: initiative.gemeenten.map((g) => g.id),
          participantOrgIds: initiative.participants.flatMap((p) => (p.organisationId ? [p.organisationId] : [])),
        })
      : Promise.resolve([]),
  ]);
  return { actor, initiative, plan, addable, panels: buildOverview(plan.steps, tasks, initiative.phase) };
});
