// An initiative's activity timeline, read from its audit events (newest first). A page costs a
// fixed number of queries: the events with their actors, then one lookup per kind of name
// the sentences need (organisations, steps by id, meetings, tasks), each skipped when unused.
import "server-only";
import type { Tx } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";
import type { VisibleInitiative } from "../policy/authorised";
import { conditionItem } from "../randvoorwaarden/checklist";
import { templateStep, templateVersion } from "../stappenplan/templates";
import { decodeCursor, encodeCursor } from "./cursor";
import { describeEvent, stepRefOf, type DescribeContext, type EventMessage } from "./describe";

export const TIMELINE_PAGE_SIZE = 30;
/** Downloads are reads, not activity: they stay in the audit log but not on the timeline. */
const HIDDEN_ACTIONS = ["deliverable.downloaded"];

export interface TimelineItem {
  id: string;
  at: Date;
  actorName: string | null;
  organisationName: string | null;
  message: EventMessage;
}

const ids = (values: (string | null | undefined)[]) => [
  ...new Set(values.filter((v): v is string => typeof v === "string" && v.length > 0)),
];
const orNone = <T>(list: string[], load: () => Promise<T[]>) => (list.length ? load() : Promise.resolve([] as T[]));

/** Callers pass a VisibleInitiative (getInitiativeForActor). */
export async function initiativeTimeline(
  db: Tx,
  initiative: VisibleInitiative<{ id: string; templateVersion: number | null; name?: string }>,
  { before, take = TIMELINE_PAGE_SIZE }: { before?: string | null; take?: number } = {},
): Promise<{ items: TimelineItem[]; nextCursor: string | null }> {
  const cursor = decodeCursor(before);
  const where: Prisma.AuditEventWhereInput = {
    initiativeId: initiative.id,
    action: { notIn: HIDDEN_ACTIONS },
    ...(cursor ? { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] } : {}),
  };
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      summary: true,
      createdAt: true,
      actingOrganisationId: true,
      actor: { select: { name: true } },
    },
  });
  const page = rows.slice(0, take);

  const summaryOf = (r: (typeof page)[number]) =>
    r.summary && typeof r.summary === "object" ? (r.summary as Record<string, unknown>) : {};
  const orgIds = ids(
    page.flatMap((r) => [
      r.actingOrganisationId,
      r.action.startsWith("participant.") ? (summaryOf(r).organisationId as string) : null,
    ]),
  );
  const stepIds = ids(page.map((r) => stepRefOf(r)?.id));
  const meetingIds = ids(page.map((r) => (r.entityType === "Meeting" ? r.entityId : null)));
  const taskIds = ids(page.map((r) => (r.entityType === "Task" ? r.entityId : null)));
  const [organisations, steps, meetings, tasks] = await Promise.all([
    orNone(orgIds, () => db.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } })),
    orNone(stepIds, () =>
      db.initiativeStep.findMany({
        where: { id: { in: stepIds }, initiativeId: initiative.id },
        select: { id: true, key: true },
      }),
    ),
    orNone(meetingIds, () =>
      db.meeting.findMany({
        where: { id: { in: meetingIds }, initiativeId: initiative.id },
        select: { id: true, title: true },
      }),
    ),
    orNone(taskIds, () =>
      db.task.findMany({
        where: { id: { in: taskIds }, initiativeId: initiative.id },
        select: { id: true, title: true },
      }),
    ),
  ]);

  const template = templateVersion(initiative.templateVersion);
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const stepKey = new Map(steps.map((s) => [s.id, s.key]));
  const meetingTitle = new Map(meetings.map((m) => [m.id, m.title]));
  const taskTitle = new Map(tasks.map((t) => [t.id, t.title]));
  const ctx: DescribeContext = {
    stepTitle: ({ key, id }) => {
      const k = key ?? (id ? stepKey.get(id) : undefined);
      return k ? (templateStep(template, k)?.title ?? k) : null;
    },
    conditionTitle: (key) => conditionItem(key)?.title ?? null,
    organisationName: (id) => orgName.get(id) ?? null,
    meetingTitle: (id) => meetingTitle.get(id) ?? null,
    taskTitle: (id) => taskTitle.get(id) ?? null,
    initiativeName: () => initiative.name ?? null,
  };

  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.createdAt,
      actorName: r.actor?.name ?? null,
      organisationName: r.actingOrganisationId ? (orgName.get(r.actingOrganisationId) ?? null) : null,
      message: describeEvent(r, ctx),
    })),
    nextCursor: rows.length > take ? encodeCursor(page[page.length - 1]!) : null,
  };
}

export type Timeline = Awaited<ReturnType<typeof initiativeTimeline>>;
