// Moving to the next phase: allowed when the current phase's required steps are done, or by
// an explicit override with a reason. Every move is kept in the phase history.
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import { loadEditableInitiative } from "../initiatives/editable";
import type { Actor } from "../policy/actor";
import { ConflictError, FieldError } from "../policy/errors";
import { translatorFor } from "../i18n/translator";
import { sendImmediateEmails } from "../notifications/email";
import { notify } from "../notifications/notify";
import { participantPeople } from "../initiatives/participant-people";
import { nextPhase, phaseGate } from "./plan";

export async function advancePhase(
  db: Db,
  actor: Actor,
  input: { initiativeId: string; version: number; override: boolean; reason: string },
) {
  const result = await db.$transaction(async (tx) => {
    const initiative = await loadEditableInitiative(tx, actor, input.initiativeId);
    if (initiative.version !== input.version)
      throw new ConflictError({ phase: initiative.phase, version: initiative.version });
    const to = nextPhase(initiative.phase);
    if (!to) throw new FieldError("_form", "lastPhase");
    const steps = await tx.initiativeStep.findMany({
      where: { initiativeId: initiative.id, phase: initiative.phase },
      select: { key: true, phase: true, required: true, status: true, removedAt: true },
    });
    const gate = phaseGate(steps, initiative.phase);
    if (!gate.open && !input.override) throw new FieldError("_form", "gateClosed");
    if (!gate.open && !input.reason) throw new FieldError("reason", "reasonRequired");
    const { count } = await tx.initiative.updateMany({
      where: { id: initiative.id, version: input.version },
      data: { phase: to, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError();
    await tx.phaseTransition.create({
      data: {
        initiativeId: initiative.id,
        fromPhase: initiative.phase,
        toPhase: to,
        override: !gate.open,
        reason: input.reason || null,
        byUserId: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "initiative.phase_changed",
      entityType: "Initiative",
      entityId: initiative.id,
      summary: {
        from: initiative.phase,
        to,
        override: !gate.open,
        reasonGiven: Boolean(input.reason), // the reason itself is kept in the phase history
        openSteps: gate.blocking.map((s) => s.key),
      },
    });
    const t = translatorFor("nl", "phase");
    const notificationIds = await notify(tx, actor.userId, await participantPeople(tx, initiative.participants), {
      kind: "PHASE_CHANGED",
      message: { key: "phaseChanged", values: { initiative: initiative.name, from: t(initiative.phase), to: t(to) } },
      link: `/initiatieven/${initiative.id}`,
      initiativeId: initiative.id,
    });
    return { from: initiative.phase, to, override: !gate.open, notificationIds };
  });
  await sendImmediateEmails(db, result.notificationIds);
  return result;
}
