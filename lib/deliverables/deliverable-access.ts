// Which step files an actor may see (issue #9, need-to-know). Whoever sees an initiative sees
// its files marked as holding no personal data of children. Files that may hold such data
// (the default, and every file uploaded before the choice existed) are for the people who work
// on the initiative: parents taking part (personal workspace) and beheerders and medewerkers of
// participating (ACTIVE) organisations. Readers and parties that only oversee it (SWV, gemeente,
// steunpunt, a host school not taking part) see only the files marked "no"; for them the
// others do not exist (404).
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../policy/actor";
import { ACTIVE_PARTICIPANT, visibleInitiativesWhere } from "../policy/initiative-access";

/** Initiatives the actor works on (the same people canEditInitiative lets change it), or null for none. */
export function workingOnInitiativeWhere(actor: Actor): Prisma.InitiativeWhereInput | null {
  const ws = actor.workspace;
  if (ws.kind === "PERSONAL") return { participants: { some: { userId: actor.userId, ...ACTIVE_PARTICIPANT } } };
  if (ws.role === "LEZER") return null;
  return { participants: { some: { organisationId: ws.organisationId, ...ACTIVE_PARTICIPANT } } };
}

/** Prisma filter for the step files the actor may list and download. */
export function visibleDeliverablesWhere(actor: Actor): Prisma.StepDeliverableWhereInput {
  const working = workingOnInitiativeWhere(actor);
  return {
    AND: [
      { step: { initiative: visibleInitiativesWhere(actor) } },
      working
        ? { OR: [{ containsChildData: false }, { step: { initiative: working } }] }
        : { containsChildData: false },
    ],
  };
}
