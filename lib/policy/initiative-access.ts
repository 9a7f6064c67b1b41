// Who may see and who may change an initiative. One place, used by every query (as a
// `where`) and every mutation (as a check), so lists and detail pages cannot disagree.
import type { Prisma } from "../generated/prisma/client";
import type { ParticipantStatus } from "../generated/prisma/enums";
import type { Actor } from "./actor";

/**
 * Only ACTIVE participants take part: an organisation that is invited but has not accepted, or
 * that declined or was removed, is treated as never having been in. Every query that asks "who
 * takes part" filters with this.
 */
export const ACTIVE_PARTICIPANT = { status: "ACTIVE" } as const satisfies Prisma.InitiativeParticipantWhereInput;

/** Prisma filter for the initiatives the actor may read in its active workspace. */
export function visibleInitiativesWhere(actor: Actor): Prisma.InitiativeWhereInput {
  const ws = actor.workspace;
  if (ws.kind === "PERSONAL") return { participants: { some: { userId: actor.userId, ...ACTIVE_PARTICIPANT } } };
  const orgId = ws.organisationId;
  const asParticipant: Prisma.InitiativeWhereInput = {
    participants: { some: { organisationId: orgId, ...ACTIVE_PARTICIPANT } },
  };
  switch (ws.organisationKind) {
    case "STEUNPUNT":
      return {};
    case "SWV":
      return { OR: [asParticipant, { swvId: orgId }] };
    case "GEMEENTE":
      return { OR: [asParticipant, { gemeenten: { some: { gemeenteId: orgId } } }] };
    case "SCHOOL":
      return { OR: [asParticipant, { hostSchoolId: orgId }] };
    case "SCHOOLBESTUUR":
      return { OR: [asParticipant, { hostSchool: { boardId: orgId } }] };
    default:
      return asParticipant;
  }
}

export interface InitiativeParticipation {
  participants: { organisationId: string | null; userId: string | null; status: ParticipantStatus }[];
}

/** Only active participants change an initiative; readers (LEZER) of a participating organisation do not. */
export function canEditInitiative(actor: Actor, initiative: InitiativeParticipation): boolean {
  const ws = actor.workspace;
  const active = initiative.participants.filter((p) => p.status === "ACTIVE");
  if (ws.kind === "PERSONAL") return active.some((p) => p.userId === actor.userId);
  if (ws.role === "LEZER") return false;
  return active.some((p) => p.organisationId === ws.organisationId);
}

/** Parents, schools and ouderinitiatieven start initiatives; readers (LEZER) do not. */
export function canStartInitiative(actor: Actor): boolean {
  const ws = actor.workspace;
  if (ws.kind === "PERSONAL") return true;
  return (ws.organisationKind === "SCHOOL" || ws.organisationKind === "OUDERINITIATIEF") && ws.role !== "LEZER";
}
