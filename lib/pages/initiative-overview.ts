import "server-only";
import { cache } from "react";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { organisationOptions } from "../initiatives/participant-options";
import { getInitiativeForActor } from "../initiatives/queries";
import { orNotFound } from "../policy/or-not-found";
import { buildOverview, openTasks } from "../stappenplan/overview";
import { getPlan } from "../stappenplan/queries";

/** Cached per request: the page and its metadata share one load. */
export const loadInitiativeOverview = cache(async (id: string) => {
  const actor = await requireActor();
  const db = await getDb();
  const initiative = await orNotFound(getInitiativeForActor(db, actor, id));
  const [plan, tasks, addable] = await Promise.all([
    getPlan(db, initiative),
    openTasks(db, initiative.id),
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
