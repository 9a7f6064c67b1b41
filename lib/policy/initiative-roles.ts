// What the actor is to one initiative (INITIATIVE_ROLES in permissions.ts), decided two ways
// that must agree: in memory over an initiative already loaded (can()), and as a Prisma filter
// (whereCan(), for lists and for loading an initiative at all). Both live here, side by side.
import type { Prisma } from "../generated/prisma/client";
import type { ParticipantRole, ParticipantStatus } from "../generated/prisma/enums";
import type { Actor, OrganisationWorkspace } from "./actor";
import type { InitiativeRole } from "./permissions";

/**
 * Only ACTIVE participants take part: an organisation that is invited but has not accepted, or
 * that declined or was removed, is treated as never having been in. Every query that asks "who
 * takes part" filters with this.
 */
export const ACTIVE_PARTICIPANT = { status: "ACTIVE" } as const satisfies Prisma.InitiativeParticipantWhereInput;

/** What can() needs to know about an initiative to place the actor in it. */
export interface InitiativeFacts {
  createdById: string | null;
  /** Rows of any status may be passed; only ACTIVE ones count. */
  participants: readonly {
    organisationId: string | null;
    userId: string | null;
    role: ParticipantRole;
    status: ParticipantStatus;
  }[];
}

/** Roles that can be decided in memory; OVERSEER is territory and only the database knows it. */
export type FactRole = Exclude<InitiativeRole, "OVERSEER">;

export function holdsRole(actor: Actor, role: FactRole, initiative: InitiativeFacts): boolean {
  const ws = actor.workspace;
  const active = initiative.participants.filter((p) => p.status === ACTIVE_PARTICIPANT.status);
  switch (role) {
    case "PARTICIPANT":
      return ws.kind === "PERSONAL"
        ? active.some((p) => p.userId === actor.userId)
        : active.some((p) => p.organisationId === ws.organisationId);
    case "FOUNDER":
      return initiative.createdById === actor.userId;
    case "PARENT":
      return ws.kind === "PERSONAL" && active.some((p) => p.userId === actor.userId && p.role === "OUDER");
  }
}

/** The initiatives an organisation oversees without taking part, by its kind; null: none. */
export function overseenWhere(ws: OrganisationWorkspace): Prisma.InitiativeWhereInput | null {
  const orgId = ws.organisationId;
  switch (ws.organisationKind) {
    case "STEUNPUNT":
      return {};
    case "SWV":
      return { swvId: orgId };
    case "GEMEENTE":
      return { gemeenten: { some: { gemeenteId: orgId } } };
    case "SCHOOL":
      return { hostSchoolId: orgId };
    case "SCHOOLBESTUUR":
      return { hostSchool: { boardId: orgId } };
    default:
      return null;
  }
}

/** The same roles as a filter on initiatives; null: the actor holds the role in none. */
export function roleWhere(actor: Actor, role: InitiativeRole): Prisma.InitiativeWhereInput | null {
  const ws = actor.workspace;
  switch (role) {
    case "PARTICIPANT":
      return ws.kind === "PERSONAL"
        ? { participants: { some: { userId: actor.userId, ...ACTIVE_PARTICIPANT } } }
        : { participants: { some: { organisationId: ws.organisationId, ...ACTIVE_PARTICIPANT } } };
    case "FOUNDER":
      return { createdById: actor.userId };
    case "PARENT":
      return ws.kind === "PERSONAL"
        ? { participants: { some: { userId: actor.userId, role: "OUDER", ...ACTIVE_PARTICIPANT } } }
        : null;
    case "OVERSEER":
      return ws.kind === "ORGANISATION" ? overseenWhere(ws) : null;
  }
}
