import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { getInitiativeForActor, type InitiativeDetail } from "../initiatives/queries";
import { encodeParticipantKey } from "../participants/participant-key";
import { orNotFound } from "../policy/or-not-found";
import { AGENDA_TEMPLATES } from "../meetings/agenda-template";
import { getMeeting, listMeetings } from "../meetings/queries";

async function visibleInitiative(id: string) {
  const actor = await requireActor();
  const db = await getDb();
  return { actor, db, initiative: await orNotFound(getInitiativeForActor(db, actor, id)) };
}

/** The initiative's participants as choices for invitees and owners. */
function participantOptions(initiative: InitiativeDetail) {
  return initiative.participants.map((p) => ({
    value: encodeParticipantKey(p),
    label: p.organisation?.name ?? p.user?.name ?? "",
    role: p.role,
  }));
}

/** Cached per request: the page and its metadata share one load. */
export const loadMeetingsPage = cache(async (id: string) => {
  const { actor, db, initiative } = await visibleInitiative(id);
  return {
    actor,
    initiative,
    meetings: await listMeetings(db, initiative),
    invitees: initiative.canEdit ? participantOptions(initiative) : [],
  };
});

export const loadMeetingPage = cache(async (id: string, meetingId: string) => {
  const { actor, db, initiative } = await visibleInitiative(id);
  const meeting = await getMeeting(db, actor, initiative, meetingId);
  if (!meeting) notFound();
  return {
    actor,
    initiative,
    meeting,
    template: AGENDA_TEMPLATES[meeting.kind],
    owners: initiative.canEdit ? participantOptions(initiative) : [],
  };
});
