// Who may see and who may change an initiative, read from the permission map (permissions.ts).
// Used by every query (as a `where`) and every mutation (as a check), so lists and detail pages
// cannot disagree.
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "./actor";
import { can, whereCan } from "./can";
import type { InitiativeFacts } from "./initiative-roles";

export { ACTIVE_PARTICIPANT } from "./initiative-roles";

/** Matches no initiative: what a filter is when the actor may see none. */
const NONE = { id: { in: [] } } as const satisfies Prisma.InitiativeWhereInput;

/** Prisma filter for the initiatives the actor may read in its active workspace ("initiative.view"). */
export function visibleInitiativesWhere(actor: Actor): Prisma.InitiativeWhereInput {
  return whereCan(actor, "initiative.view") ?? NONE;
}

/** Only active participants change an initiative; readers (LEZER) of a participating organisation do not. */
export function canEditInitiative(actor: Actor, initiative: InitiativeFacts): boolean {
  return can(actor, "initiative.edit", initiative);
}

/** Parents, schools and ouderinitiatieven start initiatives; readers (LEZER) do not. */
export function canStartInitiative(actor: Actor): boolean {
  return can(actor, "initiative.start");
}
