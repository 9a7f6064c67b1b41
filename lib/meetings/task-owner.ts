import type { ParticipantRef } from "../participants/participant-key";
import type { Actor } from "../policy/actor";
import { can } from "../policy/can";

/** The owner of a task: the person, or someone acting for the owning organisation ("organisation.act"). */
export function isTaskOwner(actor: Actor, owner: ParticipantRef): boolean {
  if (owner.userId) return owner.userId === actor.userId;
  const ws = actor.workspace;
  return ws.kind === "ORGANISATION" && can(actor, "organisation.act") && ws.organisationId === owner.organisationId;
}
