// Every "today" in the app is the date in Amsterdam from the one clock (lib/time). The clock is
// pinned at 2026-12-31T23:30Z: in UTC it is still 31 December, in Amsterdam it is already
// 1 January 2027 00:30. Each computation below would answer differently if it used the UTC date
// or the system time. Database reads are answered by a small stand-in, so the real functions
// run with their default `now`/`today`.
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PlanOverview } from "../../components/stappenplan/plan-overview";
import { organisationPartyKey, PARENTS_PARTY_KEY } from "../../lib/arrangements/parties";
import { getArrangementForActor } from "../../lib/arrangements/queries";
import { gemeenteReviewQueue } from "../../lib/arrangements/review-queue";
import { notifyEndingArrangements } from "../../lib/arrangements/workflow/period-ending";
import { stalledSince } from "../../lib/dashboards/initiative-list";
import { dueCutoffs } from "../../lib/dashboards/responsibilities";
import type { Db } from "../../lib/db/create-client";
import { markVisibleInitiative } from "../../lib/policy/authorised";
import { activeConsentWhere } from "../../lib/children/child-access";
import { ZAddChild } from "../../lib/children/schemas";
import { readCatalogue } from "../../lib/i18n/catalogue";
import { getMeeting } from "../../lib/meetings/queries";
import type { Actor } from "../../lib/policy/actor";
import { buildOverview, isStepOverdue, type OverviewStep } from "../../lib/stappenplan/overview";
import type { Plan } from "../../lib/stappenplan/queries";
import { myTasks } from "../../lib/tasks/my-tasks";
import { amsterdamToday } from "../../lib/time/amsterdam";
import { clock, pinClock, resetClock } from "../../lib/time/clock";

const NOW = "2026-12-31T23:30:00Z";
/** A date-only column as the database returns it: UTC midnight. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type Answer = unknown | ((args: Record<string, unknown>) => unknown);
/** A stand-in for the Prisma client: `answers["task.findMany"]` is what db.task.findMany returns. */
function fakeDb(answers: Record<string, Answer>): Db & { calls: Record<string, unknown[]> } {
  const calls: Record<string, unknown[]> = {};
  const model = (name: string) =>
    new Proxy(
      {},
      {
        get: (_, method: string) => async (args: Record<string, unknown>) => {
          const key = `${name}.${method}`;
          if (!(key in answers)) throw new Error(`unexpected query ${key}`);
          (calls[key] ??= []).push(args);
          const answer = answers[key];
          return typeof answer === "function" ? (answer as (a: Record<string, unknown>) => unknown)(args) : answer;
        },
      },
    );
  return new Proxy({ calls } as object, {
    get: (target, prop: string) => (prop === "calls" ? calls : model(prop)),
  }) as Db & { calls: Record<string, unknown[]> };
}

function organisationActor(organisationId: string, organisationKind: "SCHOOL" | "GEMEENTE"): Actor {
  const workspace = {
    key: organisationId,
    kind: "ORGANISATION" as const,
    organisationId,
    organisationKind,
    organisationName: organisationId,
    role: "BEHEERDER" as const,
  };
  return { userId: "user_a", name: "A", email: "a@demo.test", locale: "nl", workspaces: [workspace], workspace };
}

beforeEach(() => pinClock(NOW));
afterEach(() => resetClock());

describe("one today: 1 January 2027 in Amsterdam while UTC still says 31 December", () => {
  it("the clock and amsterdamToday", () => {
    expect(clock.now().toISOString()).toBe("2026-12-31T23:30:00.000Z");
    expect(amsterdamToday()).toBe("2027-01-01");
  });

  it("stappenplan overview: today, next steps and who is waiting are overdue from 1 January", () => {
    const step = (id: string, due: string): OverviewStep => ({
      id,
      title: id,
      phase: "VERKENNING",
      status: "BEZIG",
      dueDate: day(due),
      ownerOrganisation: { id: "org_school", name: "School" },
      ownerUser: null,
    });
    const overview = buildOverview(
      [step("due-31-dec", "2026-12-31"), step("due-1-jan", "2027-01-01")],
      [],
      "VERKENNING",
    );
    expect(overview.today).toBe("2027-01-01");
    expect(overview.nextSteps.map((s) => [s.id, s.overdue])).toEqual([
      ["due-31-dec", true],
      ["due-1-jan", false],
    ]);
    expect(overview.waiting[0]?.overdue).toBe(true);
  });

  it("plan overview: marks the step due on 31 December overdue, not the one due on 1 January", () => {
    const step = (id: string, due: string) => ({
      id,
      title: `Stap ${id}`,
      phase: "VERKENNING",
      status: "NIET_GESTART",
      required: true,
      dueDate: day(due),
      ownerOrganisation: { id: "org_school", name: "School" },
      ownerUser: null,
    });
    const plan = { steps: [step("a", "2026-12-31"), step("b", "2027-01-01")] } as unknown as Plan;
    const intl = { locale: "nl", messages: readCatalogue("nl"), timeZone: "Europe/Amsterdam" };
    const html = renderToStaticMarkup(
      createElement(
        NextIntlClientProvider,
        intl as ComponentProps<typeof NextIntlClientProvider>,
        createElement(PlanOverview, { initiativeId: "ini_1", plan, currentPhase: "VERKENNING" }),
      ),
    );
    const overdueLabel = readCatalogue("nl").plan as Record<string, string>; // "Te laat"
    const items = html.split("<li").slice(1);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain(overdueLabel.overdue);
    expect(items[1]).not.toContain(overdueLabel.overdue);
    expect(isStepOverdue({ status: "BEZIG", dueDate: day("2026-12-31") }, amsterdamToday())).toBe(true);
  });

  it("arrangements: a version whose period starts on 1 January is in force today", async () => {
    const payer = "org_gemeente";
    const db = fakeDb({
      "initiative.findFirst": { id: "ini_1", participants: [], gemeenten: [] },
      "arrangement.findFirst": {
        id: "arr_1",
        versions: [{ id: "v1", number: 1, state: "VASTGESTELD", periodStart: day("2027-01-01") }],
      },
      "arrangementVersion.findUniqueOrThrow": {
        id: "v1",
        number: 1,
        state: "VASTGESTELD",
        lockVersion: 1,
        scenario: "SCENARIO_1",
        groupSize: 4,
        periodStart: day("2027-01-01"),
        periodEnd: day("2027-12-31"),
        lines: [
          {
            lineKey: "l1",
            component: "BEGELEIDING",
            description: "Begeleiding",
            fundingStream: "JEUGDWET",
            payerOrganisationId: payer,
            providerOrganisationId: "org_zorg",
            hoursPerWeekHundredths: null,
            amountCentsPerYear: 100_000,
            rationale: "",
            payer: { name: "Gemeente" },
            provider: { name: "Zorg" },
          },
        ],
        approvals: [organisationPartyKey(payer), PARENTS_PARTY_KEY].map((partyKey) => ({
          partyKey,
          childId: partyKey === PARENTS_PARTY_KEY ? "chd_1" : null,
          onBehalfOf: null,
          createdAt: day("2026-12-01"),
          carriedFromVersionId: null,
          approvedBy: { name: "B" },
        })),
        changeRequests: [],
      },
      "organisation.findMany": [],
      // One child in the group, approved by its guardian.
      "child.findMany": [
        { id: "chd_1", displayName: "A", guardians: [{ userId: "u", user: { name: "B" } }], mandates: [] },
      ],
    });
    const view = await getArrangementForActor(db, organisationActor("org_school", "SCHOOL"), "ini_1");
    expect(view.arrangement?.status).toBe("ACTIEF");
  });

  it("period-ending notifications: the evaluation window is counted from 1 January", async () => {
    const db = fakeDb({ "arrangementVersion.findMany": [], "arrangementVersion.groupBy": [] });
    await notifyEndingArrangements(db);
    const where = (db.calls["arrangementVersion.findMany"]![0] as { where: { periodEnd: { lte: Date } } }).where;
    // 56 days after 2027-01-01.
    expect(where.periodEnd.lte).toEqual(day("2027-02-26"));
  });

  it("my tasks: a task and a step due on 31 December are overdue, those due on 1 January are not", async () => {
    const initiative = { id: "ini_1", name: "Breda", templateVersion: null };
    const owner = { ownerUser: null, ownerOrganisation: { name: "School" } };
    const db = fakeDb({
      "task.findMany": [
        { id: "t1", title: "T1", dueDate: day("2026-12-31"), version: 1, initiative, meeting: null, ...owner },
        { id: "t2", title: "T2", dueDate: day("2027-01-01"), version: 1, initiative, meeting: null, ...owner },
      ],
      "initiativeStep.findMany": [
        { id: "s1", key: "k", status: "BEZIG", dueDate: day("2026-12-31"), initiative, ...owner },
        { id: "s2", key: "k", status: "BEZIG", dueDate: day("2027-01-01"), initiative, ...owner },
      ],
    });
    const result = await myTasks(db, organisationActor("org_school", "SCHOOL"));
    expect(result.tasks.map((t) => [t.dueDate, t.overdue])).toEqual([
      ["2026-12-31", true],
      ["2027-01-01", false],
    ]);
    expect(result.steps.map((s) => s.overdue)).toEqual([true, false]);
  });

  it("meeting action items: overdue from the day after their due date", async () => {
    const task = (id: string, due: string) => ({
      id,
      title: id,
      dueDate: day(due),
      doneAt: null,
      version: 1,
      ownerUserId: null,
      ownerOrganisationId: "org_school",
      ownerUser: null,
      ownerOrganisation: { name: "School" },
    });
    const db = fakeDb({
      "meeting.findFirst": {
        id: "m1",
        kind: "WERKOVERLEG",
        agenda: {},
        participants: [],
        tasks: [task("t1", "2026-12-31"), task("t2", "2027-01-01")],
      },
    });
    const meeting = await getMeeting(
      db,
      organisationActor("org_school", "SCHOOL"),
      // A fake database has no visibility filter to pass; the brand is minted by hand here only.
      markVisibleInitiative({ id: "ini_1", canEdit: true }),
      "m1",
    );
    expect(meeting?.tasks.map((t) => [t.id, t.overdue])).toEqual([
      ["t1", true],
      ["t2", false],
    ]);
  });

  it("dashboards: due-soon and overdue cut-offs start on 1 January; stalled counts back from now", () => {
    expect(dueCutoffs()).toEqual({ overdueBefore: day("2027-01-01"), dueBy: day("2027-01-15") });
    expect(stalledSince(14)).toEqual(new Date("2026-12-17T23:30:00Z"));
  });

  it("children: a consent that ended on 31 December no longer holds, and 2027 is a valid birth year", () => {
    expect(activeConsentWhere("org_school", clock.now())).toMatchObject({
      OR: [{ endsOn: null }, { endsOn: { gte: day("2027-01-01") } }],
    });
    const child = { initiativeId: "ini_1", displayName: "Sam", birthYear: "2027" };
    expect(ZAddChild.safeParse(child).success).toBe(true);
    expect(ZAddChild.safeParse({ ...child, birthYear: "2028" }).success).toBe(false);
  });

  it("review queue: working days run from the Amsterdam submission date to today", async () => {
    const gemeente = "org_gemeente";
    const db = fakeDb({
      "arrangementVersion.findMany": (args: { where: { state?: unknown } }) =>
        args.where.state === "TER_BEOORDELING"
          ? [
              {
                id: "v1",
                number: 1,
                // Friday 18 December 00:30 in Amsterdam.
                submittedAt: new Date("2026-12-17T23:30:00Z"),
                createdAt: new Date("2026-12-17T23:30:00Z"),
                arrangement: { initiative: { id: "ini_1", name: "Breda" } },
              },
            ]
          : [],
    });
    const queue = await gemeenteReviewQueue(db, organisationActor(gemeente, "GEMEENTE"));
    // 21–24 and 28–31 December; Christmas and New Year's Day do not count.
    expect(queue.items[0]?.workingDaysWaiting).toBe(8);
  });
});
