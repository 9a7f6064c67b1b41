// Reading initiatives, always through the policy's visibility filter: an initiative outside
// it does not exist for the actor (NotFoundError → 404). What passes the filter comes back as a
// VisibleInitiative, the only thing the initiative's other queries accept.
import "server-only";
import type { Tx } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { can } from "../policy/can";
import { markVisibleInitiative, type VisibleInitiative } from "../policy/authorised";
import { NotFoundError } from "../policy/errors";
import { ACTIVE_PARTICIPANT, visibleInitiativesWhere } from "../policy/initiative-access";

export const INITIATIVES_PAGE_SIZE = 25;

/** What a list of initiatives shows: names and places only, never who takes part. */
export const initiativeListSelect = {
  id: true,
  name: true,
  phase: true,
  updatedAt: true,
  hostSchool: { select: { name: true } },
  swv: { select: { name: true } },
  gemeenten: { select: { gemeente: { select: { name: true } } } },
} as const;

/** The gemeenten of a list row as plain names. */
export function withGemeenteNames<I extends { gemeenten: { gemeente: { name: string } }[] }>(
  item: I,
): Omit<I, "gemeenten"> & { gemeenten: string[] } {
  return { ...item, gemeenten: item.gemeenten.map((g) => g.gemeente.name) };
}

export async function listVisibleInitiatives(db: Tx, actor: Actor, page = 1) {
  const where = visibleInitiativesWhere(actor);
  const safePage = Number.isInteger(page) && page > 0 ? page : 1;
  const [items, total] = await Promise.all([
    db.initiative.findMany({
      where,
      select: initiativeListSelect,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: INITIATIVES_PAGE_SIZE,
      skip: (safePage - 1) * INITIATIVES_PAGE_SIZE,
    }),
    db.initiative.count({ where }),
  ]);
  return {
    items: items.map(withGemeenteNames),
    total,
    page: safePage,
    pageCount: Math.max(1, Math.ceil(total / INITIATIVES_PAGE_SIZE)),
  };
}

export type InitiativeListItem = Awaited<ReturnType<typeof listVisibleInitiatives>>["items"][number];

/** The visibility check alone, for callers that need no more than the proof (server actions, route handlers). */
export async function findVisibleInitiative(db: Tx, actor: Actor, id: string): Promise<VisibleInitiative> {
  const initiative = await db.initiative.findFirst({
    where: { AND: [{ id }, visibleInitiativesWhere(actor)] },
    select: { id: true },
  });
  if (!initiative) throw new NotFoundError("initiative");
  return markVisibleInitiative(initiative);
}

/** The initiative as the actor sees it, with what it may do there; a VisibleInitiative. */
export async function getInitiativeForActor(db: Tx, actor: Actor, id: string) {
  const initiative = await db.initiative.findFirst({
    where: { AND: [{ id }, visibleInitiativesWhere(actor)] },
    select: {
      id: true,
      name: true,
      summary: true,
      supportRequestedAt: true,
      supportRequest: true,
      doelgroep: true,
      motivation: true,
      needs: true,
      phase: true,
      scenario: true,
      careOption: true,
      templateVersion: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      hostSchool: { select: { id: true, name: true, brin: true, board: { select: { name: true } } } },
      swv: { select: { id: true, name: true, swvCode: true } },
      gemeenten: { select: { gemeente: { select: { id: true, name: true, cbsCode: true } } } },
      createdById: true,
      createdBy: { select: { name: true } },
      // Open invitations come along for the participants list ("Uitgenodigd"); every rule reads
      // only the active participants, split off below.
      participants: {
        where: { status: { in: [ACTIVE_PARTICIPANT.status, "INVITED"] } },
        select: {
          id: true,
          role: true,
          status: true,
          organisationId: true,
          userId: true,
          organisation: { select: { name: true, kind: true } },
          user: { select: { name: true } },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!initiative) throw new NotFoundError("initiative");
  const participants = initiative.participants.filter((p) => p.status === ACTIVE_PARTICIPANT.status);
  const active = { ...initiative, participants };
  return markVisibleInitiative({
    ...active,
    invited: initiative.participants.filter((p) => p.status === "INVITED"),
    gemeenten: initiative.gemeenten.map((g) => g.gemeente),
    canEdit: can(actor, "initiative.edit", active),
    canRemoveParticipants: can(actor, "initiative.removeParticipant", active),
  });
}

export type InitiativeDetail = Awaited<ReturnType<typeof getInitiativeForActor>>;
