// Joining is mutual: an invited organisation takes part only once one of its beheerders accepts,
// and a party can be taken out again. Declined and removed parties count as never having been
// in (ACTIVE_PARTICIPANT in lib/policy/initiative-access.ts); removal takes effect on the next
// request because every read filters on the status.
import type { Db, Tx } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../policy/actor";
import { ConflictError, ForbiddenError, NotFoundError } from "../policy/errors";
import { requireInvitationDecider, requireInvitationWorkspace } from "../policy/joining-access";
import { visibleInitiativesWhere } from "../policy/initiative-access";
import { can } from "../policy/can";
import { clock } from "../time/clock";

/** Open invitations of the actor's organisation: what the initiative is, not what is in it. */
export async function listParticipationInvitations(db: Tx, actor: Actor) {
  const ws = actor.workspace;
  if (!can(actor, "participation.view") || ws.kind !== "ORGANISATION") return [];
  const canDecide = can(actor, "participation.decide");
  const rows = await db.initiativeParticipant.findMany({
    where: { organisationId: ws.organisationId, status: "INVITED" },
    select: {
      id: true,
      role: true,
      createdAt: true,
      invitedBy: { select: { name: true } },
      initiative: { select: { name: true, hostSchool: { select: { name: true } } } },
    },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    invitedAt: r.createdAt,
    invitedBy: r.invitedBy?.name ?? null,
    initiativeName: r.initiative.name,
    hostSchool: r.initiative.hostSchool?.name ?? null,
    canDecide,
  }));
}

export async function decideParticipation(
  db: Db,
  actor: Actor,
  input: { participantId: string; accept: boolean },
  now = clock.now(),
) {
  return db.$transaction(async (tx) => {
    const ws = requireInvitationWorkspace(actor);
    const participant = await tx.initiativeParticipant.findFirst({
      where: { id: input.participantId, organisationId: ws.organisationId },
      select: { id: true, status: true, initiativeId: true, role: true },
    });
    if (!participant) throw new NotFoundError("participant");
    requireInvitationDecider(actor);
    const status = input.accept ? "ACTIVE" : "DECLINED";
    const { count } = await tx.initiativeParticipant.updateMany({
      where: { id: participant.id, status: "INVITED" },
      data: { status, decidedById: actor.userId, decidedAt: now },
    });
    if (count !== 1) throw new ConflictError({ status: participant.status });
    // A gemeente or SWV that joins also makes the initiative part of its territory or region.
    if (input.accept && ws.organisationKind === "GEMEENTE")
      await tx.initiativeGemeente.upsert({
        where: { initiativeId_gemeenteId: { initiativeId: participant.initiativeId, gemeenteId: ws.organisationId } },
        create: { initiativeId: participant.initiativeId, gemeenteId: ws.organisationId },
        update: {},
      });
    if (input.accept && ws.organisationKind === "SWV")
      await tx.initiative.updateMany({
        where: { id: participant.initiativeId, swvId: null },
        data: { swvId: ws.organisationId },
      });
    await recordAudit(tx, actor, {
      initiativeId: participant.initiativeId,
      action: input.accept ? "participant.accepted" : "participant.declined",
      entityType: "InitiativeParticipant",
      entityId: participant.id,
      summary: { organisationId: ws.organisationId, role: participant.role },
    });
    return { participantId: participant.id, initiativeId: participant.initiativeId, status };
  });
}

/**
 * Takes an organisation or a person out (or withdraws an open invitation). For a gemeente the
 * initiative also leaves its territory, for an SWV its region; consents the guardians gave the
 * organisation are withdrawn, so inviting it again does not bring old consent back.
 */
export async function removeParticipant(
  db: Db,
  actor: Actor,
  input: { participantId: string; initiativeId?: string },
  now = clock.now(),
) {
  return db.$transaction(async (tx) => {
    const participant = await tx.initiativeParticipant.findFirst({
      where: {
        id: input.participantId,
        // The form names the initiative it was on; a participant of another one is not found.
        ...(input.initiativeId ? { initiativeId: input.initiativeId } : {}),
        status: { in: ["ACTIVE", "INVITED"] },
        initiative: visibleInitiativesWhere(actor),
      },
      select: {
        id: true,
        status: true,
        role: true,
        organisationId: true,
        userId: true,
        organisation: { select: { kind: true } },
        initiative: {
          select: {
            id: true,
            createdById: true,
            participants: {
              where: { status: "ACTIVE" },
              select: { organisationId: true, userId: true, role: true, status: true },
            },
          },
        },
      },
    });
    if (!participant) throw new NotFoundError("participant");
    const initiative = participant.initiative;
    if (!can(actor, "initiative.removeParticipant", initiative)) throw new ForbiddenError("participant.remove");
    const { count } = await tx.initiativeParticipant.updateMany({
      where: { id: participant.id, status: participant.status },
      data: { status: "REMOVED", decidedById: actor.userId, decidedAt: now },
    });
    if (count !== 1) throw new ConflictError({ status: participant.status });
    const orgId = participant.organisationId;
    let consentsWithdrawn = 0;
    if (orgId) {
      if (participant.organisation?.kind === "GEMEENTE")
        await tx.initiativeGemeente.deleteMany({ where: { initiativeId: initiative.id, gemeenteId: orgId } });
      if (participant.organisation?.kind === "SWV")
        await tx.initiative.updateMany({ where: { id: initiative.id, swvId: orgId }, data: { swvId: null } });
      ({ count: consentsWithdrawn } = await tx.childConsent.updateMany({
        where: { organisationId: orgId, withdrawnAt: null, child: { initiativeId: initiative.id } },
        data: { withdrawnAt: now, withdrawnById: actor.userId },
      }));
    }
    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "participant.removed",
      entityType: "InitiativeParticipant",
      entityId: participant.id,
      summary: {
        organisationId: orgId,
        userId: participant.userId,
        role: participant.role,
        previousStatus: participant.status,
        consentsWithdrawn,
      },
    });
    return { participantId: participant.id, initiativeId: initiative.id };
  });
}
