// Who may see an initiative, as a Prisma filter read from the permission map ("initiative.view"
// in permissions.ts). Every query on initiatives uses it, so lists and detail pages cannot
// disagree; what passes it is branded a VisibleInitiative (lib/initiatives/queries.ts).
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "./actor";
import { whereCan } from "./can";

export { ACTIVE_PARTICIPANT } from "./initiative-roles";

/** Matches no initiative: what a filter is when the actor may see none. */
const NONE = { id: { in: [] } } as const satisfies Prisma.InitiativeWhereInput;

/** Prisma filter for the initiatives the actor may read in its active workspace. */
export function visibleInitiativesWhere(actor: Actor): Prisma.InitiativeWhereInput {
  return whereCan(actor, "initiative.view") ?? NONE;
}
