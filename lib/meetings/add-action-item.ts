// An action item from a meeting becomes a task with an owner and a due date; the owner (the
// person, or the people of the organisation) is told in the inbox and by e-mail.
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import { loadEditableInitiative } from "../initiatives/editable";
import { sendImmediateEmails } from "../notifications/email";
import { notify, recipientsFor } from "../notifications/notify";
import { findParticipant } from "../participants/participant-key";
import type { Actor } from "../policy/actor";
import { FieldError, NotFoundError } from "../policy/errors";
import { dateOnly } from "../time/date-only";
import type { TAddActionItem } from "./schemas";

export async function addActionItem(db: Db, actor: Actor, input: TAddActionItem) {
  const result = await db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({
      where: { id: input.meetingId },
      select: { id: true, title: true, initiativeId: true },
    });
    if (!meeting) throw new NotFoundError("meeting");
    const initiative = await loadEditableInitiative(tx, actor, meeting.initiativeId);
    const owner = findParticipant(input.owner, initiative.participants);
    if (!owner) throw new FieldError("owner", "ownerNotParticipant");
    const dueDate = dateOnly(input.dueDate);
    const task = await tx.task.create({
      data: {
        initiativeId: initiative.id,
        meetingId: meeting.id,
        title: input.title,
        ownerUserId: owner.userId,
        ownerOrganisationId: owner.organisationId,
        dueDate: input.dueDate,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "task.created",
      entityType: "Task",
      entityId: task.id,
      summary: { meetingId: meeting.id, title: input.title, owner: input.owner, dueDate },
    });
    const notificationIds = await notify(tx, actor.userId, await recipientsFor(tx, owner), {
      kind: "TASK_ASSIGNED",
      message: {
        key: "taskAssigned",
        values: {
          actor: actor.name,
          task: input.title,
          meeting: meeting.title,
          initiative: initiative.name,
          due: dueDate,
        },
      },
      link: `/initiatieven/${initiative.id}/overleggen/${meeting.id}`,
      initiativeId: initiative.id,
    });
    return { id: task.id, initiativeId: initiative.id, meetingId: meeting.id, notificationIds };
  });
  await sendImmediateEmails(db, result.notificationIds);
  return { id: result.id, initiativeId: result.initiativeId, meetingId: result.meetingId };
}
