// Who is a guardian of a child. A person becomes one only when invited by a confirmed guardian
// of the child (and accepts), or when a confirmed guardian of the initiative confirms their
// request (add-child.ts). Everything happens in the personal workspace.
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../policy/actor";
import { ConflictError, FieldError, ForbiddenError, NotFoundError } from "../policy/errors";
import { activeParentParticipation, inOtherRole, isConfirmedGuardianIn } from "./guardianship";
import { loadGuardedChild } from "./load-child";
import { clock } from "../time/clock";

export async function inviteGuardian(
  db: Db,
  actor: Actor,
  input: { childId: string; email: string },
  now = clock.now(),
) {
  return db.$transaction(async (tx) => {
    const child = await loadGuardedChild(tx, actor, input.childId, now, "guardian.invite");
    const invitee = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, active: true } });
    // The other-role check comes first: a care provider's own address gets this answer even
    // when it was also invited to the initiative as a "parent".
    if (invitee && (await inOtherRole(tx, child.initiativeId, invitee.id)))
      throw new FieldError("email", "guardianInOtherRole");
    if (!invitee || !invitee.active || !(await activeParentParticipation(tx, child.initiativeId, invitee.id)))
      throw new FieldError("email", "guardianNotInInitiative");
    const existing = await tx.childGuardian.findUnique({
      where: { childId_userId: { childId: child.id, userId: invitee.id } },
      select: { id: true },
    });
    if (existing) throw new FieldError("email", "alreadyGuardian");
    const guardian = await tx.childGuardian.create({
      data: { childId: child.id, userId: invitee.id, status: "INVITED", invitedById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "child_guardian.invited",
      entityType: "Child",
      entityId: child.id,
      summary: { guardianId: guardian.id, userId: invitee.id },
    });
    return { guardianId: guardian.id };
  });
}

/** The invitee accepts an invitation from a guardian. */
export async function acceptGuardianInvitation(db: Db, actor: Actor, input: { guardianId: string }, now = clock.now()) {
  return db.$transaction(async (tx) => {
    if (actor.workspace.kind !== "PERSONAL") throw new NotFoundError("guardian");
    const row = await tx.childGuardian.findFirst({
      where: { id: input.guardianId, userId: actor.userId, status: "INVITED", invitedById: { not: actor.userId } },
      select: { id: true, childId: true, child: { select: { initiativeId: true } } },
    });
    if (!row || !(await activeParentParticipation(tx, row.child.initiativeId, actor.userId)))
      throw new NotFoundError("guardian");
    if (await inOtherRole(tx, row.child.initiativeId, actor.userId))
      throw new FieldError("guardianId", "guardianInOtherRole");
    const { count } = await tx.childGuardian.updateMany({
      where: { id: row.id, status: "INVITED" },
      data: { status: "CONFIRMED", confirmedById: actor.userId, confirmedAt: now },
    });
    if (count !== 1) throw new ConflictError();
    await recordAudit(tx, actor, {
      action: "child_guardian.accepted",
      entityType: "Child",
      entityId: row.childId,
      summary: { guardianId: row.id },
    });
    return { guardianId: row.id, childId: row.childId };
  });
}

/** A confirmed guardian of the initiative confirms another parent's request to be a child's guardian. */
export async function confirmGuardian(db: Db, actor: Actor, input: { guardianId: string }, now = clock.now()) {
  return db.$transaction(async (tx) => {
    if (actor.workspace.kind !== "PERSONAL") throw new NotFoundError("guardian");
    const row = await tx.childGuardian.findFirst({
      where: { id: input.guardianId, status: "INVITED" },
      select: { id: true, userId: true, invitedById: true, childId: true, child: { select: { initiativeId: true } } },
    });
    const initiativeId = row?.child.initiativeId;
    const mayConfirm =
      row !== null &&
      initiativeId !== undefined &&
      (await activeParentParticipation(tx, initiativeId, actor.userId)) !== null &&
      (await isConfirmedGuardianIn(tx, initiativeId, actor.userId));
    // Requests are visible to the confirmed guardians of the initiative only.
    if (!row || !initiativeId || !mayConfirm) throw new NotFoundError("guardian");
    // Nobody confirms themself, and an invitation from a guardian is the invitee's to accept.
    if (row.userId === actor.userId || row.invitedById !== row.userId) throw new ForbiddenError("guardian.confirm");
    if (await inOtherRole(tx, initiativeId, row.userId)) throw new FieldError("guardianId", "guardianInOtherRole");
    const { count } = await tx.childGuardian.updateMany({
      where: { id: row.id, status: "INVITED" },
      data: { status: "CONFIRMED", confirmedById: actor.userId, confirmedAt: now },
    });
    if (count !== 1) throw new ConflictError();
    await recordAudit(tx, actor, {
      action: "child_guardian.confirmed",
      entityType: "Child",
      entityId: row.childId,
      summary: { guardianId: row.id, userId: row.userId },
    });
    return { guardianId: row.id, childId: row.childId };
  });
}
