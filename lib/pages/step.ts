import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { loadVisibleInitiative } from "./visible-initiative";
import { listStepComments } from "../comments/queries";
import { mentionableUsers } from "../comments/involved";
import { listStepDeliverables } from "../deliverables/queries";
import { encodeParticipantKey } from "../participants/participant-key";
import { getStep } from "../stappenplan/queries";

/** Cached per request: the page and its metadata share one load. */
export const loadStepPage = cache(async (id: string, stepId: string) => {
  const { actor, db, initiative } = await loadVisibleInitiative(id);
  const step = await getStep(db, initiative, stepId);
  if (!step) notFound();
  const owners = initiative.participants.map((p) => ({
    value: encodeParticipantKey(p),
    label: p.organisation?.name ?? p.user?.name ?? "",
  }));
  const [deliverables, comments, mentionable] = await Promise.all([
    listStepDeliverables(db, actor, initiative, step.id),
    listStepComments(db, initiative, step.id),
    initiative.canEdit ? mentionableUsers(db, initiative) : Promise.resolve([]),
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
});
