// Saving a step. Two people may edit the same step: the save names the version it started
// from, and a stale save becomes a conflict that shows both versions, never an overwrite.
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import { loadEditableInitiative } from "../initiatives/editable";
import { encodeOptionalParticipantKey, findParticipant, type ParticipantRef } from "../participants/participant-key";
import type { Actor } from "../policy/actor";
import { ConflictError, FieldError, NotFoundError } from "../policy/errors";
import { notify, recipientsFor } from "../notifications/notify";
import { sendImmediateEmails } from "../notifications/email";
import { dateOnlyOrNull } from "../time/date-only";
import type { TUpdateStep } from "./schemas";
import { templateStep, templateVersion } from "./templates";

function ownerFields(owner: string, participants: ParticipantRef[]) {
  if (!owner) return { ownerOrganisationId: null, ownerUserId: null };
  const ref = findParticipant(owner, participants);
  if (!ref) throw new FieldError("owner", "ownerNotParticipant");
  return { ownerOrganisationId: ref.organisationId, ownerUserId: ref.userId };
}

const STEP_TEXT_FIELDS = new Set(["notes", "notApplicableReason"]);

export async function updateStep(db: Db, actor: Actor, input: TUpdateStep) {
  const result = await db.$transaction(async (tx) => {
    const initiative = await loadEditableInitiative(tx, actor, input.initiativeId);
    const current = await tx.initiativeStep.findFirst({
      where: { id: input.stepId, initiativeId: initiative.id, removedAt: null },
      select: {
        id: true,
        key: true,
        status: true,
        notApplicableReason: true,
        ownerOrganisationId: true,
        ownerUserId: true,
        dueDate: true,
        notes: true,
        version: true,
      },
    });
    if (!current) throw new NotFoundError("step");
    const snapshot = {
      status: current.status,
      notApplicableReason: current.notApplicableReason ?? "",
      owner: encodeOptionalParticipantKey({ organisationId: current.ownerOrganisationId, userId: current.ownerUserId }),
      dueDate: dateOnlyOrNull(current.dueDate) ?? "",
      notes: current.notes,
      version: current.version,
    };
    if (current.version !== input.version) throw new ConflictError(snapshot);
    const owner = ownerFields(input.owner, initiative.participants);
    const data = {
      status: input.status,
      notApplicableReason: input.status === "NIET_VAN_TOEPASSING" ? input.notApplicableReason : null,
      ...owner,
      dueDate: input.dueDate,
      notes: input.notes,
    };
    const { count } = await tx.initiativeStep.updateMany({
      where: { id: current.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError(snapshot);
    // Free text (notes, the reason a step does not apply) is named as changed, never copied:
    // audit rows cannot be erased (decision 0010). Status, owner and due date keep from/to.
    const changed = Object.fromEntries(
      Object.entries({ ...data, dueDate: dateOnlyOrNull(data.dueDate) })
        .filter(([k, v]) => {
          const before = k === "dueDate" ? dateOnlyOrNull(current.dueDate) : (current as Record<string, unknown>)[k];
          return (before ?? null) !== (v ?? null);
        })
        .map(
          ([k, v]) =>
            [
              k,
              STEP_TEXT_FIELDS.has(k)
                ? { changed: true }
                : {
                    from:
                      k === "dueDate"
                        ? dateOnlyOrNull(current.dueDate)
                        : ((current as Record<string, unknown>)[k] ?? null),
                    to: v ?? null,
                  },
            ] as const,
        ),
    );
    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "step.updated",
      entityType: "InitiativeStep",
      entityId: current.id,
      summary: { initiativeId: initiative.id, key: current.key, changed, version: input.version + 1 } as never,
    });
    await tx.initiative.update({ where: { id: initiative.id }, data: { updatedAt: new Date() } });
    const ownerChanged =
      owner.ownerUserId !== current.ownerUserId || owner.ownerOrganisationId !== current.ownerOrganisationId;
    const notificationIds = ownerChanged
      ? await notify(
          tx,
          actor.userId,
          await recipientsFor(tx, { userId: owner.ownerUserId, organisationId: owner.ownerOrganisationId }),
          {
            kind: "STEP_ACTION",
            message: {
              key: "stepAssigned",
              values: {
                actor: actor.name,
                step: templateStep(templateVersion(initiative.templateVersion), current.key)?.title ?? current.key,
                initiative: initiative.name,
              },
            },
            link: `/initiatieven/${initiative.id}/stappen/${current.id}`,
            initiativeId: initiative.id,
          },
        )
      : [];
    return { id: current.id, version: current.version + 1, notificationIds };
  });
  await sendImmediateEmails(db, result.notificationIds);
  return result;
}
