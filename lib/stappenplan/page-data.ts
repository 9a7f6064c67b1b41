import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { listStepComments } from "../comments/queries";
import { mentionableUsers } from "../comments/involved";
import { listStepDeliverables } from "../deliverables/queries";
import { organisationOptions } from "../initiatives/participant-options";
import { loadVisibleInitiative } from "../initiatives/visible-initiative";
import { listGemeenten } from "../initiatives/start-options";
import { canStartInitiative } from "../policy/initiative-access";
import { buildOverview, openTasks } from "./overview";
import { getPlan, getStep } from "./queries";

/** Cached per request: the page and its metadata share one load. */
export const loadInitiativeOverview = cache(async (id: string) => {
  const { actor, db, initiative } = await loadVisibleInitiative(id);
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

export async function loadStepPage(id: string, stepId: string) {
  const { actor, db, initiative } = await loadVisibleInitiative(id);
  const step = await getStep(db, initiative, stepId);
  if (!step) notFound();
  const owners = initiative.participants.map((p) => ({
    value: p.organisationId ? `org:${p.organisationId}` : `user:${p.userId}`,
    label: p.organisation?.name ?? p.user?.name ?? "",
  }));
  const [deliverables, comments, mentionable] = await Promise.all([
    listStepDeliverables(db, initiative, step.id),
    listStepComments(db, initiative, step.id),
    initiative.canEdit ? mentionableUsers(db, initiative.id) : Promise.resolve([]),
  ]);
  return {
    actor,
    initiative,
    step,
    owners,
    deliverables,
    comments,
    mentionable: mentionable.filter((u) => u.id !== actor.userId),
  };
}

export async function loadStartPage() {
  const actor = await requireActor();
  if (!canStartInitiative(actor)) notFound();
  const ws = actor.workspace;
  const ownSchool = ws.kind === "ORGANISATION" && ws.organisationKind === "SCHOOL" ? ws.organisationName : null;
  return { actor, gemeenten: await listGemeenten(await getDb(), actor), ownSchool };
}
