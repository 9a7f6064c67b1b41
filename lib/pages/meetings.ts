import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { InitiativeDetail } from "../initiatives/queries";
import { encodeParticipantKey } from "../participants/participant-key";
import { AGENDA_TEMPLATES } from "../meetings/agenda-template";
import { getMeeting, listMeetings } from "../meetings/queries";
import { loadVisibleInitiative } from "./visible-initiative";

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
  const { actor, db, initiative } = await loadVisibleInitiative(id);
  return {
    actor,
    initiative,
    meetings: await listMeetings(db, initiative),
    invitees: initiative.canEdit ? participantOptions(initiative) : [],
  };
});

export const loadMeetingPage = cache(async (id: string, meetingId: string) => {
  const { actor, db, initiative } = await loadVisibleInitiative(id);
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
