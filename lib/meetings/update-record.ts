// Saving the agenda, minutes and decisions of a meeting. Several people may write in it at once:
// the save names the version it started from, and a stale save is a conflict, never an overwrite.
// New action items saved with the record become tasks in the same transaction: one refused row
// (an owner who does not take part) saves nothing at all, and its error names that row.
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import { loadEditableInitiative } from "../initiatives/editable";
import { sendImmediateEmails } from "../notifications/email";
import type { Actor } from "../policy/actor";
import { ConflictError, NotFoundError } from "../policy/errors";
import { actionItemOwner, createActionItem } from "./add-action-item";
import { THEME_KEYS, toAgenda } from "./agenda-template";
import type { TUpdateMeetingRecord } from "./schemas";

export async function updateMeetingRecord(db: Db, actor: Actor, input: TUpdateMeetingRecord) {
  const result = await db.$transaction(async (tx) => {
    const found = await tx.meeting.findUnique({
      where: { id: input.meetingId },
      select: { initiativeId: true, title: true },
    });
    if (!found) throw new NotFoundError("meeting");
    const initiative = await loadEditableInitiative(tx, actor, found.initiativeId);
    const current = await tx.meeting.findUniqueOrThrow({
      where: { id: input.meetingId },
      select: { id: true, agenda: true, minutes: true, decisions: true, version: true },
    });
    const before = toAgenda(current.agenda);
    // Flat, like the form's fields, so the conflict view can show both versions side by side.
    const snapshot = {
      ...Object.fromEntries(THEME_KEYS.map((k) => [`agenda.${k}`, before[k]])),
      minutes: current.minutes,
      decisions: current.decisions,
      version: current.version,
    };
    if (current.version !== input.version) throw new ConflictError(snapshot);
    const owners = input.actionItems.map((item) =>
      actionItemOwner(item.owner, initiative, `actionItems.${item.row}.owner`),
    );
    const agenda = toAgenda(input.agenda);
    const { count } = await tx.meeting.updateMany({
      where: { id: current.id, version: input.version },
      data: { agenda, minutes: input.minutes, decisions: input.decisions, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError(snapshot);
    // The audit names what changed, not the text itself: minutes can be long.
    const changed = [
      ...THEME_KEYS.filter((k) => before[k] !== agenda[k]).map((k) => `agenda.${k}`),
      ...(current.minutes !== input.minutes ? ["minutes"] : []),
      ...(current.decisions !== input.decisions ? ["decisions"] : []),
    ];
    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "meeting.recordUpdated",
      entityType: "Meeting",
      entityId: current.id,
      summary: { changed },
    });
    const meeting = { id: current.id, title: found.title };
    const tasks = [];
    for (const [i, item] of input.actionItems.entries())
      tasks.push(await createActionItem(tx, actor, meeting, initiative, item, owners[i]!));
    return {
      id: current.id,
      initiativeId: initiative.id,
      version: current.version + 1,
      taskIds: tasks.map((t) => t.id),
      notificationIds: tasks.flatMap((t) => t.notificationIds),
    };
  });
  await sendImmediateEmails(db, result.notificationIds);
  return { id: result.id, initiativeId: result.initiativeId, version: result.version, taskIds: result.taskIds };
}
