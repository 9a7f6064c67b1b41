// A guardian lets another guardian in the initiative approve an arrangement for their child.
// Visible to both (queries.ts), revocable by the giver or another guardian of the child.
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../policy/actor";
import { ConflictError, FieldError, NotFoundError } from "../policy/errors";
import { activeParentParticipation, isConfirmedGuardianIn } from "./guardianship";
import { loadGuardedChild } from "./load-child";
import { clock } from "../time/clock";

export async function giveMandate(
  db: Db,
  actor: Actor,
  input: { childId: string; toUserId: string },
  now = clock.now(),
) {
  return db.$transaction(async (tx) => {
    const child = await loadGuardedChild(tx, actor, input.childId, now, "mandate.give");
    const eligible =
      input.toUserId !== actor.userId &&
      (await activeParentParticipation(tx, child.initiativeId, input.toUserId)) !== null &&
      (await isConfirmedGuardianIn(tx, child.initiativeId, input.toUserId));
    if (!eligible) throw new FieldError("toUserId", "mandateToGuardian");
    const open = await tx.guardianMandate.findFirst({
      where: { childId: child.id, fromUserId: actor.userId, toUserId: input.toUserId, revokedAt: null },
      select: { id: true },
    });
    if (open) return { mandateId: open.id };
    const mandate = await tx.guardianMandate.create({
      data: { childId: child.id, fromUserId: actor.userId, toUserId: input.toUserId },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "guardian_mandate.given",
      entityType: "Child",
      entityId: child.id,
      summary: { mandateId: mandate.id, toUserId: input.toUserId },
    });
    return { mandateId: mandate.id };
  });
}

export async function revokeMandate(db: Db, actor: Actor, input: { mandateId: string }, now = clock.now()) {
  return db.$transaction(async (tx) => {
    const mandate = await tx.guardianMandate.findUnique({
      where: { id: input.mandateId },
      select: { id: true, childId: true },
    });
    if (!mandate) throw new NotFoundError("mandate");
    const child = await loadGuardedChild(tx, actor, mandate.childId, now, "mandate.revoke");
    const { count } = await tx.guardianMandate.updateMany({
      where: { id: mandate.id, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count !== 1) throw new ConflictError();
    await recordAudit(tx, actor, {
      action: "guardian_mandate.revoked",
      entityType: "Child",
      entityId: child.id,
      summary: { mandateId: mandate.id },
    });
    return { mandateId: mandate.id };
  });
}
