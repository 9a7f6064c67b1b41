// Who decides on joining and leaving an initiative. An invitation is answered by a beheerder of
// the invited organisation, in that organisation's workspace. Taking a party out is for the
// initiative's founders and for beheerders of participating organisations: can(actor,
// "initiative.removeParticipant", initiative) (permissions.ts).
import type { Actor, OrganisationWorkspace } from "./actor";
import { can } from "./can";
import { ForbiddenError, NotFoundError } from "./errors";

/** Invitations belong to an organisation workspace; a personal workspace has none (404). */
export function requireInvitationWorkspace(actor: Actor): OrganisationWorkspace {
  if (!can(actor, "participation.view") || actor.workspace.kind !== "ORGANISATION")
    throw new NotFoundError("participant");
  return actor.workspace;
}

/** Medewerkers and readers see their organisation's invitations; only a beheerder answers them (403). */
export function requireInvitationDecider(actor: Actor): void {
  if (!can(actor, "participation.decide")) throw new ForbiddenError("participant.decide");
}
