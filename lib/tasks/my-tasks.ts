// "Mijn taken": what the actor has to do across all initiatives it can see in its workspace —
// open tasks (action items from meetings) and stappenplan steps it owns. Two queries, whatever
// the amount of data, each bounded.
import type { Tx } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../policy/actor";
import { can } from "../policy/can";
import { visibleInitiativesWhere } from "../policy/initiative-access";
import { templateStep, templateVersion } from "../stappenplan/templates";
import { amsterdamToday } from "../time/amsterdam";
import { clock } from "../time/clock";
import { dateOnlyOrNull, isPastDue } from "../time/date-only";

export const MY_TASKS_LIMIT = 100;

/**
 * Owned by me, or by the organisation of my workspace when I act for it ("organisation.act"):
 * readers (LEZER) act for nobody, so their organisation's work is not theirs (they are not
 * notified of it either).
 */
function ownedByActor(
  actor: Actor,
): { ownerUserId: string } | { OR: ({ ownerUserId: string } | { ownerOrganisationId: string })[] } {
  const ws = actor.workspace;
  if (ws.kind === "PERSONAL" || !can(actor, "organisation.act")) return { ownerUserId: actor.userId };
  return { OR: [{ ownerOrganisationId: ws.organisationId }, { ownerUserId: actor.userId }] };
}

const byDueDate = [
  { dueDate: { sort: "asc" as const, nulls: "last" as const } },
  { createdAt: "asc" as const },
  { id: "asc" as const },
];
const initiativeSelect = { select: { id: true, name: true, templateVersion: true } } as const;
const ownerSelect = { ownerUser: { select: { name: true } }, ownerOrganisation: { select: { name: true } } } as const;

export async function myTasks(db: Tx, actor: Actor, now = clock.now()) {
  const visible = { initiative: visibleInitiativesWhere(actor) };
  const taskWhere: Prisma.TaskWhereInput = { AND: [visible, ownedByActor(actor), { doneAt: null }] };
  const stepWhere: Prisma.InitiativeStepWhereInput = {
    AND: [visible, ownedByActor(actor), { removedAt: null, status: { notIn: ["AFGEROND", "NIET_VAN_TOEPASSING"] } }],
  };
  const [tasks, steps] = await Promise.all([
    db.task.findMany({
      where: taskWhere,
      select: {
        id: true,
        title: true,
        dueDate: true,
        version: true,
        initiative: initiativeSelect,
        meeting: { select: { id: true, title: true } },
        ...ownerSelect,
      },
      orderBy: byDueDate,
      take: MY_TASKS_LIMIT,
    }),
    db.initiativeStep.findMany({
      where: stepWhere,
      select: { id: true, key: true, status: true, dueDate: true, initiative: initiativeSelect, ...ownerSelect },
      orderBy: byDueDate,
      take: MY_TASKS_LIMIT,
    }),
  ]);
  const today = amsterdamToday(now);
  const initiative = (i: { id: string; name: string }) => ({ id: i.id, name: i.name });
  const ownerName = (o: { ownerUser: { name: string } | null; ownerOrganisation: { name: string } | null }) =>
    o.ownerOrganisation?.name ?? o.ownerUser?.name ?? "";
  return {
    tasks: tasks.map((t) => ({
      id: t.id,
      title: t.title,
      dueDate: dateOnlyOrNull(t.dueDate),
      overdue: isPastDue(t.dueDate, today),
      initiative: initiative(t.initiative),
      meeting: t.meeting,
      ownerName: ownerName(t),
      href: t.meeting
        ? `/initiatieven/${t.initiative.id}/overleggen/${t.meeting.id}`
        : `/initiatieven/${t.initiative.id}`,
    })),
    steps: steps.map((s) => ({
      id: s.id,
      title: templateStep(templateVersion(s.initiative.templateVersion), s.key)?.title ?? s.key,
      status: s.status,
      dueDate: dateOnlyOrNull(s.dueDate),
      overdue: isPastDue(s.dueDate, today),
      initiative: initiative(s.initiative),
      ownerName: ownerName(s),
      href: `/initiatieven/${s.initiative.id}/stappen/${s.id}`,
    })),
    limited: tasks.length === MY_TASKS_LIMIT || steps.length === MY_TASKS_LIMIT,
  };
}

export type MyTasks = Awaited<ReturnType<typeof myTasks>>;
