// A comment on a step, optionally mentioning people involved in the initiative; each mentioned
// person gets a notification (and, if they want, an e-mail right after the commit).
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/create-client";
import { loadEditableInitiative } from "../initiatives/editable";
import { sendImmediateEmails } from "../notifications/email";
import { notify } from "../notifications/notify";
import type { Actor } from "../policy/actor";
import { FieldError, NotFoundError } from "../policy/errors";
import { templateStep, templateVersion } from "../stappenplan/templates";
import { involvedUsersWhere } from "./involved";
import type { TAddComment } from "./schemas";

export async function addComment(db: Db, actor: Actor, input: TAddComment) {
  const mentionUserIds = [...new Set(input.mentionUserIds)];
  const { comment, notificationIds } = await db.$transaction(async (tx) => {
    const initiative = await loadEditableInitiative(tx, actor, input.initiativeId);
    const step = await tx.initiativeStep.findFirst({
      where: { id: input.stepId, initiativeId: initiative.id, removedAt: null },
      select: { id: true, key: true },
    });
    if (!step) throw new NotFoundError("step");
    if (mentionUserIds.length > 0) {
      const involved = await tx.user.count({
        where: { AND: [{ id: { in: mentionUserIds } }, involvedUsersWhere(initiative.id)] },
      });
      if (involved !== mentionUserIds.length) throw new FieldError("mentions", "mentionNotInvolved");
    }
    const comment = await tx.stepComment.create({
      data: {
        stepId: step.id,
        authorId: actor.userId,
        body: input.body,
        mentions: { create: mentionUserIds.map((userId) => ({ userId })) },
      },
      select: { id: true, createdAt: true },
    });
    const stepTitle = templateStep(templateVersion(initiative.templateVersion), step.key)?.title ?? step.key;
    const notificationIds = await notify(tx, actor.userId, mentionUserIds, {
      kind: "MENTION",
      message: { key: "mention", values: { author: actor.name, step: stepTitle, initiative: initiative.name } },
      link: `/initiatieven/${initiative.id}/stappen/${step.id}`,
      initiativeId: initiative.id,
    });
    // The body may describe a child; the audit trail records that a comment exists, not its text.
    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "comment.added",
      entityType: "StepComment",
      entityId: comment.id,
      summary: { initiativeId: initiative.id, stepKey: step.key, length: input.body.length, mentionUserIds },
    });
    return { comment, notificationIds };
  });
  await sendImmediateEmails(db, notificationIds);
  return { id: comment.id, mentioned: mentionUserIds.length };
}
