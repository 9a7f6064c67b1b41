// An action item from a meeting becomes a task with an owner and a due date; the owner (the
// person, or the people of the organisation) is told in the inbox and by e-mail. One at a time
// here; the meeting record form adds several with the record (update-record.ts), through the
// same checks and the same audit per task.
import type { Db, Tx } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import { loadEditableInitiative, type EditableInitiative } from "../initiatives/editable";
import { sendImmediateEmails } from "../notifications/email";
import { notify, recipientsFor } from "../notifications/notify";
import { findParticipant, type ParticipantRef } from "../participants/participant-key";
import type { Actor } from "../policy/actor";
import { FieldError, NotFoundError } from "../policy/errors";
import { dateOnly } from "../time/date-only";
import type { TActionItemRow, TAddActionItem } from "./schemas";

/** The owner an action item names, when it takes part in the initiative; a field error on `field` otherwise. */
export function actionItemOwner(key: string, initiative: EditableInitiative, field = "owner"): ParticipantRef {
  const owner = findParticipant(key, initiative.participants);
  if (!owner) throw new FieldError(field, "ownerNotParticipant");
  return owner;
}

/** Creates the task, audits it and notifies its owner, in the caller's transaction; returns the notifications to e-mail. */
export async function createActionItem(
  tx: Tx,
  actor: Actor,
  meeting: { id: string; title: string },
  initiative: EditableInitiative,
  item: TActionItemRow,
  owner: ParticipantRef,
) {
  const dueDate = dateOnly(item.dueDate);
  const task = await tx.task.create({
    data: {
      initiativeId: initiative.id,
      meetingId: meeting.id,
      title: item.title,
      ownerUserId: owner.userId,
      ownerOrganisationId: owner.organisationId,
      dueDate: item.dueDate,
      createdById: actor.userId,
    },
    select: { id: true },
  });
  await recordAudit(tx, actor, {
    initiativeId: initiative.id,
    action: "task.created",
    entityType: "Task",
    entityId: task.id,
    summary: { meetingId: meeting.id, owner: item.owner, dueDate },
  });
  const notificationIds = await notify(tx, actor.userId, await recipientsFor(tx, owner), {
    kind: "TASK_ASSIGNED",
    message: {
      key: "taskAssigned",
      values: {
        actor: actor.name,
        task: item.title,
        meeting: meeting.title,
        initiative: initiative.name,
        due: dueDate,
      },
    },
    link: `/initiatieven/${initiative.id}/overleggen/${meeting.id}`,
    initiativeId: initiative.id,
  });
  return { id: task.id, notificationIds };
}

export async function addActionItem(db: Db, actor: Actor, input: TAddActionItem) {
  const result = await db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({
      where: { id: input.meetingId },
      select: { id: true, title: true, initiativeId: true },
    });
    if (!meeting) throw new NotFoundError("meeting");
    const initiative = await loadEditableInitiative(tx, actor, meeting.initiativeId);
    const owner = actionItemOwner(input.owner, initiative);
    const task = await createActionItem(tx, actor, meeting, initiative, input, owner);
    return { ...task, initiativeId: initiative.id, meetingId: meeting.id };
  });
  await sendImmediateEmails(db, result.notificationIds);
  return { id: result.id, initiativeId: result.initiativeId, meetingId: result.meetingId };
}
