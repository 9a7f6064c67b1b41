// What the initiative overview shows besides the plan: the next steps (open work of the
// current phase, plus anything overdue) and who is waiting on whom (open steps and tasks per
// owner). Pure functions over data the overview loader already has, plus one query for tasks.
import type { Tx } from "../db/create-client";
import { PHASES, type Phase } from "../initiatives/phases";
import type { VisibleInitiative } from "../policy/authorised";
import { amsterdamToday } from "../time/amsterdam";
import { isPastDue, type IsoDate } from "../time/date-only";

interface Named {
  id: string;
  name: string;
}

export interface OverviewStep {
  id: string;
  title: string;
  phase: Phase;
  status: "NIET_GESTART" | "BEZIG" | "AFGEROND" | "NIET_VAN_TOEPASSING";
  dueDate: Date | null;
  ownerOrganisation: Named | null;
  ownerUser: Named | null;
}

export interface OverviewTask {
  id: string;
  title: string;
  dueDate: Date | null;
  ownerOrganisation: Named | null;
  ownerUser: Named | null;
}

export type Owner = { kind: "organisation" | "person"; id: string; name: string } | { kind: "none" };

export interface WorkItem {
  kind: "step" | "task";
  id: string;
  title: string;
  owner: Owner;
  dueDate: Date | null;
  overdue: boolean;
  /** Steps only. */
  phase?: Phase;
  status?: OverviewStep["status"];
}

export interface WaitingGroup {
  owner: Owner;
  steps: number;
  tasks: number;
  oldestDue: Date | null;
  overdue: boolean;
  items: WorkItem[];
}

const isOpen = (status: OverviewStep["status"]) => status === "NIET_GESTART" || status === "BEZIG";

/** An open step whose due date has passed (`today` as in amsterdamToday()). */
export function isStepOverdue(step: Pick<OverviewStep, "status" | "dueDate">, today: IsoDate): boolean {
  return isOpen(step.status) && isPastDue(step.dueDate, today);
}

function ownerOf(x: { ownerOrganisation: Named | null; ownerUser: Named | null }): Owner {
  if (x.ownerOrganisation) return { kind: "organisation", ...x.ownerOrganisation };
  if (x.ownerUser) return { kind: "person", ...x.ownerUser };
  return { kind: "none" };
}

const ownerKey = (o: Owner) => (o.kind === "none" ? "none" : `${o.kind}:${o.id}`);

/** Earliest due date first, undated last; ties keep their input order (plan order). */
function compareDates(a: Date | null, b: Date | null): number {
  if (a && b) return a.getTime() - b.getTime();
  return a ? -1 : b ? 1 : 0;
}
const byDue = (a: WorkItem, b: WorkItem) => compareDates(a.dueDate, b.dueDate);

/** Open steps of the current (and any earlier, unfinished) phase, and overdue open steps of any phase. */
export function actionableSteps(steps: OverviewStep[], phase: Phase, today: string): WorkItem[] {
  const current = PHASES.indexOf(phase);
  return steps
    .filter((s) => isOpen(s.status) && (PHASES.indexOf(s.phase) <= current || isPastDue(s.dueDate, today)))
    .map((s) => ({
      kind: "step" as const,
      id: s.id,
      title: s.title,
      owner: ownerOf(s),
      dueDate: s.dueDate,
      overdue: isPastDue(s.dueDate, today),
      phase: s.phase,
      status: s.status,
    }));
}

/** "Volgende stappen": overdue first, then by due date, then in plan order. */
export function nextSteps(steps: OverviewStep[], phase: Phase, today: string): WorkItem[] {
  return actionableSteps(steps, phase, today).sort((a, b) => Number(b.overdue) - Number(a.overdue) || byDue(a, b));
}

/** "Wie wacht op wie": open steps and open tasks per owner; the unassigned group comes last. */
export function waitingOnWhom(
  steps: OverviewStep[],
  tasks: OverviewTask[],
  phase: Phase,
  today: string,
): WaitingGroup[] {
  const items: WorkItem[] = [
    ...actionableSteps(steps, phase, today),
    ...tasks.map((t) => ({
      kind: "task" as const,
      id: t.id,
      title: t.title,
      owner: ownerOf(t),
      dueDate: t.dueDate,
      overdue: isPastDue(t.dueDate, today),
    })),
  ];
  const groups = new Map<string, WaitingGroup>();
  for (const item of items) {
    const key = ownerKey(item.owner);
    const group = groups.get(key) ?? {
      owner: item.owner,
      steps: 0,
      tasks: 0,
      oldestDue: null,
      overdue: false,
      items: [],
    };
    group.items.push(item);
    if (item.kind === "step") group.steps++;
    else group.tasks++;
    if (item.dueDate && (!group.oldestDue || item.dueDate < group.oldestDue)) group.oldestDue = item.dueDate;
    group.overdue ||= item.overdue;
    groups.set(key, group);
  }
  const nameOf = (o: Owner) => (o.kind === "none" ? "" : o.name);
  return [...groups.values()]
    .map((g) => ({ ...g, items: [...g.items].sort(byDue) }))
    .sort((a, b) => {
      if ((a.owner.kind === "none") !== (b.owner.kind === "none")) return a.owner.kind === "none" ? 1 : -1;
      return compareDates(a.oldestDue, b.oldestDue) || nameOf(a.owner).localeCompare(nameOf(b.owner), "nl");
    });
}

/** Open tasks of an initiative the caller obtained through the policy. One query. */
export async function openTasks(db: Tx, initiative: VisibleInitiative): Promise<OverviewTask[]> {
  return db.task.findMany({
    where: { initiativeId: initiative.id, doneAt: null },
    select: {
      id: true,
      title: true,
      dueDate: true,
      ownerOrganisation: { select: { id: true, name: true } },
      ownerUser: { select: { id: true, name: true } },
    },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
  });
}

export function buildOverview(
  steps: OverviewStep[],
  tasks: OverviewTask[],
  phase: Phase,
  today: IsoDate = amsterdamToday(),
) {
  return { today, nextSteps: nextSteps(steps, phase, today), waiting: waitingOnWhom(steps, tasks, phase, today) };
}

export type InitiativeOverviewPanels = ReturnType<typeof buildOverview>;
