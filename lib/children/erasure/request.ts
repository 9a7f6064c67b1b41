// A guardian asks for a child's record to be erased, or takes the request back during the
// confirmation period. Only a confirmed guardian in the personal workspace: for anyone else,
// consent holders included, the child does not exist here (404). One request per child (a
// unique row, under a row lock on the child): asking twice answers the same request.
import type { Db, Tx } from "../../db/create-client";
import { recordAccess } from "../../access-log/record-access";
import { recordAudit } from "../../audit/record-audit";
import type { Actor } from "../../policy/actor";
import type { GuardedChild, VisibleChild } from "../../policy/authorised";
import { ConflictError, NotFoundError } from "../../policy/errors";
import { sendImmediateEmails } from "../../notifications/email";
import { clock } from "../../time/clock";
import { loadVisibleChild } from "../load-child";
import { notifyErasureRequested } from "./notify-erasure";
import { erasureEffectiveAfter } from "./period";
import type { TErasureRef } from "./schemas";

/** The child for its guardian, locked for the rest of the transaction; 404 for everyone else. */
async function lockGuardedChild(tx: Tx, actor: Actor, childId: string, now: Date): Promise<GuardedChild> {
  const child = await loadVisibleChild(tx, actor, childId, now);
  if (child.access.kind !== "GUARDIAN") throw new NotFoundError("child");
  await tx.$queryRaw`SELECT id FROM "Child" WHERE id = ${child.id} FOR UPDATE`;
  return child as GuardedChild;
}

const changed = (child: GuardedChild) =>
  ({
    action: "CHANGE",
    subjectType: "CHILD",
    subjectId: child.id,
    childId: child.id,
    initiativeId: child.initiativeId,
  }) as const;

export async function requestErasure(db: Db, actor: Actor, input: TErasureRef, now = clock.now()) {
  const result = await db.$transaction(async (tx) => {
    const child = await lockGuardedChild(tx, actor, input.childId, now);
    const existing = await tx.childErasureRequest.findUnique({ where: { childId: child.id } });
    if (existing && !existing.cancelledAt)
      return { requestId: existing.id, effectiveAfter: existing.effectiveAfter, created: false, notificationIds: [] };
    const effectiveAfter = erasureEffectiveAfter(now);
    const data = {
      requestedById: actor.userId,
      requestedAt: now,
      effectiveAfter,
      cancelledAt: null,
      cancelledById: null,
    };
    const request = existing
      ? await tx.childErasureRequest.update({ where: { id: existing.id }, data })
      : await tx.childErasureRequest.create({ data: { childId: child.id, ...data } });
    const { displayName } = await tx.child.findUniqueOrThrow({
      where: { id: child.id },
      select: { displayName: true },
    });
    const notificationIds = await notifyErasureRequested(
      tx,
      actor.userId,
      { id: child.id, initiativeId: child.initiativeId, displayName },
      effectiveAfter,
      now,
    );
    await recordAccess(tx, actor, changed(child));
    await recordAudit(tx, actor, {
      action: "child_erasure.requested",
      entityType: "Child",
      entityId: child.id,
      summary: {
        requestId: request.id,
        effectiveAfter: effectiveAfter.toISOString(),
        notified: notificationIds.length,
      },
    });
    return { requestId: request.id, effectiveAfter, created: true, notificationIds };
  });
  await sendImmediateEmails(db, result.notificationIds);
  return { requestId: result.requestId, effectiveAfter: result.effectiveAfter, created: result.created };
}

/** Takes an open request back; a request that is not open (none, cancelled, carried out) is a conflict. */
export async function cancelErasure(db: Db, actor: Actor, input: TErasureRef, now = clock.now()) {
  return db.$transaction(async (tx) => {
    const child = await lockGuardedChild(tx, actor, input.childId, now);
    const { count } = await tx.childErasureRequest.updateMany({
      where: { childId: child.id, cancelledAt: null, carriedOutAt: null },
      data: { cancelledAt: now, cancelledById: actor.userId },
    });
    if (count !== 1) throw new ConflictError({ open: false });
    const request = await tx.childErasureRequest.findUniqueOrThrow({ where: { childId: child.id } });
    await recordAccess(tx, actor, changed(child));
    await recordAudit(tx, actor, {
      action: "child_erasure.cancelled",
      entityType: "Child",
      entityId: child.id,
      summary: { requestId: request.id },
    });
    return { requestId: request.id };
  });
}

/** The open request of a child the actor sees (the guardians' page, the banner on the child page), or null. */
export async function openErasureRequest(db: Tx, child: VisibleChild) {
  return db.childErasureRequest.findFirst({
    where: { childId: child.id, cancelledAt: null, carriedOutAt: null },
    select: { id: true, requestedAt: true, effectiveAfter: true },
  });
}
