// Reading an initiative's meetings. Callers pass a VisibleInitiative (getInitiativeForActor), so
// these reads need no second visibility check.
import "server-only";
import type { Tx } from "../db/create-client";
import type { Actor } from "../policy/actor";
import type { VisibleInitiative } from "../policy/authorised";
import { toAgenda, type MeetingKind } from "./agenda-template";
import { amsterdamToday } from "../time/amsterdam";
import { clock } from "../time/clock";
import { isPastDue } from "../time/date-only";
import { isTaskOwner } from "./task-owner";

export type AuthorizedInitiative = VisibleInitiative<{ id: string; canEdit: boolean }>;

/** More than an initiative will ever hold; keeps the page bounded whatever happens. */
const MEETINGS_LIMIT = 200;

/** Upcoming (not yet ended) meetings first, soonest first; then past ones, most recent first. */
export async function listMeetings(db: Tx, initiative: AuthorizedInitiative, now = clock.now()) {
  const rows = await db.meeting.findMany({
    where: { initiativeId: initiative.id },
    select: {
      id: true,
      kind: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      _count: { select: { participants: true, tasks: { where: { doneAt: null } } } },
    },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: MEETINGS_LIMIT,
  });
  const items = rows.map(({ _count, ...m }) => ({
    ...m,
    kind: m.kind as MeetingKind,
    invitees: _count.participants,
    openTasks: _count.tasks,
  }));
  return {
    upcoming: items.filter((m) => m.endsAt >= now).reverse(),
    past: items.filter((m) => m.endsAt < now),
  };
}

export type MeetingListItem = Awaited<ReturnType<typeof listMeetings>>["upcoming"][number];

export async function getMeeting(
  db: Tx,
  actor: Actor,
  initiative: AuthorizedInitiative,
  meetingId: string,
  now = clock.now(),
) {
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, initiativeId: initiative.id },
    select: {
      id: true,
      kind: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      agenda: true,
      minutes: true,
      decisions: true,
      version: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      participants: {
        select: {
          id: true,
          organisation: { select: { id: true, name: true } },
          user: { select: { id: true, name: true } },
        },
      },
      tasks: {
        select: {
          id: true,
          title: true,
          dueDate: true,
          doneAt: true,
          version: true,
          ownerUserId: true,
          ownerOrganisationId: true,
          ownerUser: { select: { name: true } },
          ownerOrganisation: { select: { name: true } },
        },
        orderBy: [
          { doneAt: { sort: "asc", nulls: "first" } },
          { dueDate: { sort: "asc", nulls: "last" } },
          { createdAt: "asc" },
        ],
      },
    },
  });
  if (!meeting) return null;
  const today = amsterdamToday(now);
  return {
    ...meeting,
    kind: meeting.kind as MeetingKind,
    agenda: toAgenda(meeting.agenda),
    participants: meeting.participants
      .map((p) => ({ id: p.id, name: p.organisation?.name ?? p.user?.name ?? "" }))
      .sort((a, b) => a.name.localeCompare(b.name, "nl")),
    tasks: meeting.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      dueDate: t.dueDate,
      done: t.doneAt !== null,
      overdue: t.doneAt === null && isPastDue(t.dueDate, today),
      version: t.version,
      ownerName: t.ownerOrganisation?.name ?? t.ownerUser?.name ?? "",
      canToggle:
        initiative.canEdit || isTaskOwner(actor, { userId: t.ownerUserId, organisationId: t.ownerOrganisationId }),
    })),
  };
}

export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;
