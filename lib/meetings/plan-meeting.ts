// Planning a meeting (bestuurlijk gesprek, praktijkgesprek or another overleg) of an initiative:
// its editors invite organisations and parents that take part in the initiative.
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import { loadEditableInitiative } from "../initiatives/editable";
import { findParticipant } from "../participants/participant-key";
import type { Actor } from "../policy/actor";
import { FieldError } from "../policy/errors";
import { emptyAgenda } from "./agenda-template";
import type { TPlanMeeting } from "./schemas";

export async function planMeeting(db: Db, actor: Actor, input: TPlanMeeting) {
  return db.$transaction(async (tx) => {
    const initiative = await loadEditableInitiative(tx, actor, input.initiativeId);
    if (input.endsAt.getTime() <= input.startsAt.getTime()) throw new FieldError("endsAt", "endBeforeStart");
    const keys = [...new Set(input.participantKeys)];
    if (keys.length === 0) throw new FieldError("participantKeys", "chooseInvitees");
    const invitees = keys.map((k) => findParticipant(k, initiative.participants));
    if (!invitees.every((ref) => ref !== null)) throw new FieldError("participantKeys", "inviteeNotParticipant");
    const meeting = await tx.meeting.create({
      data: {
        initiativeId: initiative.id,
        kind: input.kind,
        title: input.title,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: input.location,
        agenda: emptyAgenda(),
        createdById: actor.userId,
        participants: { create: invitees },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "meeting.planned",
      entityType: "Meeting",
      entityId: meeting.id,
      summary: {
        kind: input.kind,
        startsAt: input.startsAt.toISOString(),
        endsAt: input.endsAt.toISOString(),
        invitees: keys,
      },
    });
    return { id: meeting.id, initiativeId: initiative.id };
  });
}
