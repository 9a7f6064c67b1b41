import type { Actor, OrganisationWorkspace } from "./actor";
import { ForbiddenError, NotFoundError } from "./errors";

/** The organisation whose settings the actor may see: the one of its active workspace. */
export function requireOrganisationWorkspace(actor: Actor): OrganisationWorkspace {
  if (actor.workspace.kind !== "ORGANISATION") throw new NotFoundError("organisation");
  return actor.workspace;
}

export function canManageMembers(actor: Actor): boolean {
  return actor.workspace.kind === "ORGANISATION" && actor.workspace.role === "BEHEERDER";
}

/** Beheerders manage members and invitations of their own organisation only. */
export function requireMemberManager(actor: Actor): OrganisationWorkspace {
  const ws = requireOrganisationWorkspace(actor);
  if (ws.role !== "BEHEERDER") throw new ForbiddenError("members.manage");
  return ws;
}
