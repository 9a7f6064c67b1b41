// Invitees and owners are named as "org:<id>" or "user:<id>": an organisation or a parent taking
// part in the initiative. One place turns those keys into columns and checks them.
import type { Actor } from "../policy/actor";

export interface ParticipantRef {
  organisationId: string | null;
  userId: string | null;
}

export function parseParticipantKey(key: string): ParticipantRef {
  const [kind, id] = key.split(":") as [string, string];
  return kind === "org" ? { organisationId: id, userId: null } : { organisationId: null, userId: id };
}

export function participantKey(ref: ParticipantRef): string {
  return ref.organisationId ? `org:${ref.organisationId}` : `user:${ref.userId}`;
}

export function isParticipant(key: string, participants: ParticipantRef[]): boolean {
  const ref = parseParticipantKey(key);
  return participants.some((p) =>
    ref.organisationId ? p.organisationId === ref.organisationId : p.userId === ref.userId,
  );
}

/** The owner of a task: the person, or a beheerder/medewerker acting for the owning organisation. */
export function isTaskOwner(actor: Actor, owner: ParticipantRef): boolean {
  if (owner.userId) return owner.userId === actor.userId;
  const ws = actor.workspace;
  return ws.kind === "ORGANISATION" && ws.role !== "LEZER" && ws.organisationId === owner.organisationId;
}
