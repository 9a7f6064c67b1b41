// Which step files an actor may see (issue #9, need-to-know). Whoever sees an initiative sees
// its files marked as holding no personal data of children. Files that may hold such data
// (the default, and every file uploaded before the choice existed) are for the people who work
// on the initiative: parents taking part (personal workspace) and beheerders and medewerkers of
// participating (ACTIVE) organisations. Readers and parties that only oversee it (SWV, gemeente,
// steunpunt, a host school not taking part) see only the files marked "no"; for them the
// others do not exist (404).
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../policy/actor";
import { whereCan } from "../policy/can";
import { visibleInitiativesWhere } from "../policy/initiative-access";

/** Prisma filter for the step files the actor may list and download. */
export function visibleDeliverablesWhere(actor: Actor): Prisma.StepDeliverableWhereInput {
  // Initiatives the actor works on ("deliverable.viewChildData" in lib/policy/permissions.ts), or null for none.
  const working = whereCan(actor, "deliverable.viewChildData");
  return {
    AND: [
      { step: { initiative: visibleInitiativesWhere(actor) } },
      working
        ? { OR: [{ containsChildData: false }, { step: { initiative: working } }] }
        : { containsChildData: false },
    ],
  };
}
