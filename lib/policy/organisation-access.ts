import type { Actor, OrganisationWorkspace } from "./actor";
import { can } from "./can";
import { ForbiddenError, NotFoundError } from "./errors";

/** The organisation whose settings the actor may see: the one of its active workspace. */
export function requireOrganisationWorkspace(actor: Actor): OrganisationWorkspace {
  if (!can(actor, "organisation.view") || actor.workspace.kind !== "ORGANISATION")
    throw new NotFoundError("organisation");
  return actor.workspace;
}

/** Beheerders manage members and invitations of their own organisation only. */
export function requireMemberManager(actor: Actor): OrganisationWorkspace {
  const ws = requireOrganisationWorkspace(actor);
  if (!can(actor, "organisation.manageMembers")) throw new ForbiddenError("members.manage");
  return ws;
}
