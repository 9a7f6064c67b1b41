// The one reader of the permission map. can() answers for the actor's active workspace — and,
// for a permission tied to an initiative, for one initiative already loaded; whereCan() gives
// the same answer as a Prisma filter on initiatives. Both read PERMISSIONS, nothing else.
import type { Prisma } from "../generated/prisma/client";
import type { Actor, Workspace } from "./actor";
import { holdsRole, roleWhere, type FactRole, type InitiativeFacts } from "./initiative-roles";
import {
  PERMISSIONS,
  type Grant,
  type InitiativePermission,
  type Permission,
  type WorkspacePermission,
} from "./permissions";

type GrantsOf<P extends Permission> = (typeof PERMISSIONS)[P][number];
type UsesOverseer<G> = G extends { initiativeRoles: readonly (infer R)[] } ? ("OVERSEER" extends R ? G : never) : never;

/**
 * Permissions that hold by territory (OVERSEER): only the database can answer them, through
 * whereCan() — visibleInitiativesWhere for "initiative.view" — and the VisibleInitiative it yields.
 */
export type QueryPermission = {
  [P in Permission]: [UsesOverseer<GrantsOf<P>>] extends [never] ? never : P;
}[Permission];

/** Whether the grant holds in this workspace, before looking at any initiative. */
export function grantMatches(ws: Workspace, grant: Grant): boolean {
  if (grant.workspace !== ws.kind) return false;
  if (grant.workspace === "PERSONAL" || ws.kind === "PERSONAL") return true;
  return (
    (!grant.organisationKinds || grant.organisationKinds.includes(ws.organisationKind)) &&
    (!grant.memberRoles || grant.memberRoles.includes(ws.role))
  );
}

function grantsInWorkspace(actor: Actor, permission: Permission): readonly Grant[] {
  const grants: readonly Grant[] = PERMISSIONS[permission];
  return grants.filter((g) => grantMatches(actor.workspace, g));
}

export function can(actor: Actor, permission: WorkspacePermission): boolean;
export function can(
  actor: Actor,
  permission: Exclude<InitiativePermission, QueryPermission>,
  initiative: InitiativeFacts,
): boolean;
export function can(actor: Actor, permission: Permission, initiative?: InitiativeFacts): boolean {
  return grantsInWorkspace(actor, permission).some((grant) => {
    const roles = grant.initiativeRoles ?? [];
    if (roles.length === 0) return true;
    // The overloads require the initiative whenever a grant names a role; OVERSEER never gets here.
    if (!initiative) throw new Error(`can(${permission}) needs the initiative`);
    return roles.every((role) => {
      if (role === "OVERSEER") throw new Error(`can(${permission}): territory is decided by whereCan()`);
      return holdsRole(actor, role satisfies FactRole, initiative);
    });
  });
}

/**
 * The initiatives on which the actor holds the permission, as a Prisma filter; null when it
 * holds it on none (callers turn that into an empty result, not into "everything").
 */
export function whereCan(actor: Actor, permission: Permission): Prisma.InitiativeWhereInput | null {
  const alternatives: Prisma.InitiativeWhereInput[] = [];
  for (const grant of grantsInWorkspace(actor, permission)) {
    const wheres = (grant.initiativeRoles ?? []).map((role) => roleWhere(actor, role));
    if (wheres.includes(null)) continue;
    const present = wheres as Prisma.InitiativeWhereInput[];
    if (present.length === 0 || present.every((w) => Object.keys(w).length === 0)) return {};
    alternatives.push(present.length === 1 ? present[0]! : { AND: present });
  }
  if (alternatives.length === 0) return null;
  return alternatives.length === 1 ? alternatives[0]! : { OR: alternatives };
}
