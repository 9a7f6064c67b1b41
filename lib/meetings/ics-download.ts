import "server-only";
import { recordAccess } from "../access-log/record-access";
import { getActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { getInitiativeForActor } from "../initiatives/queries";
import { appBaseUrl } from "../config/app-config";
import { NotFoundError } from "../policy/errors";
import { amsterdamDate } from "../time/amsterdam";
import { meetingCalendar } from "./ics";
import { getMeeting } from "./queries";

/**
 * The .ics file of a meeting for whoever may see its initiative; null (→ 404) for everyone
 * else, signed-out visitors included: a calendar client has no sign-in page to follow.
 */
export async function meetingCalendarDownload(
  initiativeId: string,
  meetingId: string,
): Promise<{ fileName: string; body: string } | null> {
  const actor = await getActor();
  if (!actor) return null;
  const db = await getDb();
  const initiative = await getInitiativeForActor(db, actor, initiativeId).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!initiative) return null;
  const meeting = await getMeeting(db, actor, initiative, meetingId);
  if (!meeting) return null;
  await recordAccess(db, actor, {
    action: "EXPORT",
    subjectType: "MEETING",
    subjectId: meeting.id,
    initiativeId: initiative.id,
  });
  const base = appBaseUrl();
  const body = meetingCalendar(
    { ...meeting, url: `${base}/initiatieven/${initiative.id}/overleggen/${meeting.id}` },
    new URL(base).hostname,
  );
  return { fileName: `overleg-${amsterdamDate(meeting.startsAt)}.ics`, body };
}
