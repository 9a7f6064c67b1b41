import type { ParticipantRef } from "../participants/participant-key";
import type { Actor } from "../policy/actor";

/** The owner of a task: the person, or a beheerder/medewerker acting for the owning organisation. */
export function isTaskOwner(actor: Actor, owner: ParticipantRef): boolean {
  if (owner.userId) return owner.userId === actor.userId;
  const ws = actor.workspace;
  return ws.kind === "ORGANISATION" && ws.role !== "LEZER" && ws.organisationId === owner.organisationId;
}
