// Who decides on joining and leaving an initiative. An invitation is answered by a beheerder of
// the invited organisation, in that organisation's workspace. Taking a party out is for the
// initiative's founder and for beheerders of participating organisations.
import type { Actor, OrganisationWorkspace } from "./actor";
import { ForbiddenError, NotFoundError } from "./errors";

/** Invitations belong to an organisation workspace; a personal workspace has none (404). */
export function requireInvitationWorkspace(actor: Actor): OrganisationWorkspace {
  if (actor.workspace.kind !== "ORGANISATION") throw new NotFoundError("participant");
  return actor.workspace;
}

/** Medewerkers and readers see their organisation's invitations; only a beheerder answers them (403). */
export function requireInvitationDecider(ws: OrganisationWorkspace): void {
  if (ws.role !== "BEHEERDER") throw new ForbiddenError("participant.decide");
}

export interface RemovalContext {
  createdById: string;
  /** The initiative's ACTIVE participants. */
  participants: { organisationId: string | null; userId: string | null }[];
}

export function canRemoveParticipants(actor: Actor, initiative: RemovalContext): boolean {
  const ws = actor.workspace;
  if (ws.kind === "PERSONAL")
    return initiative.createdById === actor.userId && initiative.participants.some((p) => p.userId === actor.userId);
  const participating = initiative.participants.some((p) => p.organisationId === ws.organisationId);
  if (!participating) return false;
  // The founder acting for a participating organisation, or any beheerder of one.
  return ws.role === "BEHEERDER" || (initiative.createdById === actor.userId && ws.role !== "LEZER");
}
