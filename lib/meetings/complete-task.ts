// Marking a task done, or open again. The owner may do it, and so may anyone who edits the
// initiative (someone reports in the meeting that it is done).
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../policy/actor";
import { can } from "../policy/can";
import { ConflictError, ForbiddenError, NotFoundError } from "../policy/errors";
import { ACTIVE_PARTICIPANT, visibleInitiativesWhere } from "../policy/initiative-access";
import { clock } from "../time/clock";
import { isTaskOwner } from "./task-owner";
import type { TCompleteTask } from "./schemas";

export async function completeTask(db: Db, actor: Actor, input: TCompleteTask, now = clock.now()) {
  return db.$transaction(async (tx) => {
    const task = await tx.task.findFirst({
      where: { id: input.taskId, initiative: visibleInitiativesWhere(actor) },
      select: {
        id: true,
        title: true,
        doneAt: true,
        version: true,
        meetingId: true,
        initiativeId: true,
        ownerUserId: true,
        ownerOrganisationId: true,
        initiative: {
          select: {
            createdById: true,
            participants: {
              where: ACTIVE_PARTICIPANT,
              select: { organisationId: true, userId: true, status: true, role: true },
            },
          },
        },
      },
    });
    if (!task) throw new NotFoundError("task");
    const owner = { userId: task.ownerUserId, organisationId: task.ownerOrganisationId };
    if (!isTaskOwner(actor, owner) && !can(actor, "initiative.edit", task.initiative))
      throw new ForbiddenError("task.complete");
    const snapshot = { done: task.doneAt !== null, version: task.version };
    if (task.version !== input.version) throw new ConflictError(snapshot);
    const doneAt = task.doneAt ? null : now;
    const { count } = await tx.task.updateMany({
      where: { id: task.id, version: input.version },
      data: { doneAt, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError(snapshot);
    await recordAudit(tx, actor, {
      initiativeId: task.initiativeId,
      action: doneAt ? "task.completed" : "task.reopened",
      entityType: "Task",
      entityId: task.id,
      summary: { meetingId: task.meetingId, version: task.version + 1 },
    });
    return {
      id: task.id,
      initiativeId: task.initiativeId,
      meetingId: task.meetingId,
      done: doneAt !== null,
      version: task.version + 1,
    };
  });
}
