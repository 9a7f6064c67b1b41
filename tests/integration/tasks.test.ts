// "Mijn taken": open action items and stappenplan steps owned by me or my organisation, across
// the initiatives visible in my workspace; overdue first, bounded, in a constant number of queries.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db, Tx } from "../../lib/db/client";
import { addActionItem } from "../../lib/meetings/add-action-item";
import { completeTask } from "../../lib/meetings/complete-task";
import { planMeeting } from "../../lib/meetings/plan-meeting";
import { ZAddActionItem, ZPlanMeeting } from "../../lib/meetings/schemas";
import { ZUpdateStep } from "../../lib/stappenplan/schemas";
import { updateStep } from "../../lib/stappenplan/update-step";
import { myTasks } from "../../lib/tasks/my-tasks";
import { actorFor, freshDemoWorld } from "./support/world";
import { ownMailCatcher } from "./support/own-mail-catcher";
import { ID } from "../support/demo";

ownMailCatcher({ smtpPort: 1321, httpPort: 1371 });
let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

const as = (email: string, workspace?: string) => actorFor(db, email, workspace);
const NOW = new Date("2027-04-15T10:00:00Z");

async function meeting() {
  const school = await as("school@demo.test");
  const { id } = await planMeeting(
    db,
    school,
    ZPlanMeeting.parse({
      initiativeId: ID.breda,
      kind: "BESTUURLIJK",
      title: "Bestuurlijk gesprek",
      startsAt: "2027-03-10T14:00",
      endsAt: "2027-03-10T15:00",
      participantKeys: [`org:${ID.swvBreda}`],
    }),
  );
  return id;
}

async function actionItem(meetingId: string, owner: string, title: string, dueDate: string) {
  return addActionItem(db, await as("school@demo.test"), ZAddActionItem.parse({ meetingId, title, owner, dueDate }));
}

async function ownStep(key: string, owner: string, status = "BEZIG", dueDate = "") {
  const step = await db.initiativeStep.findFirstOrThrow({ where: { initiativeId: ID.breda, key } });
  await updateStep(
    db,
    await as("school@demo.test"),
    ZUpdateStep.parse({
      initiativeId: ID.breda,
      stepId: step.id,
      version: String(step.version),
      status,
      owner,
      dueDate,
    }),
  );
  return step.id;
}

const titles = async (email: string, workspace?: string) => {
  const list = await myTasks(db, await as(email, workspace), NOW);
  return { tasks: list.tasks.map((t) => t.title), steps: list.steps.map((s) => s.id) };
};

describe("mijn taken", () => {
  it("starts empty", async () => {
    expect(await myTasks(db, await as("gemeente.alkmaar@demo.test"), NOW)).toMatchObject({ tasks: [], steps: [] });
  });

  it("shows an organisation's action item to its people in the organisation workspace, and to nobody else", async () => {
    const id = await meeting();
    await actionItem(id, `org:${ID.vlinderboom}`, "Lokaal inrichten", "2027-05-01");
    for (const email of ["school@demo.test", "leerkracht@demo.test"])
      expect((await titles(email)).tasks, email).toEqual(["Lokaal inrichten"]);
    for (const email of [
      "swv@demo.test",
      "gemeente@demo.test",
      "zorg@demo.test",
      "ouder@demo.test",
      "steunpunt@demo.test",
      "gemeente.alkmaar@demo.test",
    ]) {
      expect((await titles(email)).tasks, email).toEqual([]);
    }
    const [item] = (await myTasks(db, await as("leerkracht@demo.test"), NOW)).tasks;
    expect(item).toMatchObject({
      initiative: { id: ID.breda },
      meeting: { id },
      href: `/initiatieven/${ID.breda}/overleggen/${id}`,
      dueDate: "2027-05-01",
      overdue: false,
    });
  });

  it("shows a parent's own action item to that person, not to colleagues", async () => {
    const id = await meeting();
    await actionItem(id, `user:${ID.ouderZorg}`, "Pgb-aanvraag indienen", "2027-05-01");
    expect((await titles("ouder.zorg@demo.test", "persoonlijk")).tasks).toEqual(["Pgb-aanvraag indienen"]);
    // In the zorgaanbieder's workspace the same person still sees what is theirs personally…
    expect((await titles("ouder.zorg@demo.test", ID.kinderzorgBaronie)).tasks).toEqual(["Pgb-aanvraag indienen"]);
    // …but colleagues do not.
    expect((await titles("zorg@demo.test")).tasks).toEqual([]);
  });

  it("leaves out readers' organisation work, done tasks, and initiatives the workspace cannot see", async () => {
    const id = await meeting();
    const task = await actionItem(id, `org:${ID.swvBreda}`, "Budget berekenen", "2027-05-01");
    expect((await titles("swv@demo.test")).tasks).toEqual(["Budget berekenen"]);
    expect((await titles("swv.lezer@demo.test")).tasks).toEqual([]);
    await completeTask(db, await as("swv@demo.test"), { taskId: task.id, version: 1 });
    expect((await titles("swv@demo.test")).tasks).toEqual([]);
    // Even work addressed to Alkmaar inside the Breda initiative stays invisible to Alkmaar.
    await db.task.create({
      data: {
        initiativeId: ID.breda,
        title: "Niet voor Alkmaar",
        ownerOrganisationId: ID.gemeenteAlkmaar,
        createdById: ID.school,
      },
    });
    await db.initiativeStep.updateMany({
      where: { initiativeId: ID.breda, key: "kies-scenario" },
      data: { ownerOrganisationId: ID.gemeenteAlkmaar },
    });
    expect(await titles("gemeente.alkmaar@demo.test")).toEqual({ tasks: [], steps: [] });
  });

  it("lists owned steps that are not done, with the step title and link", async () => {
    const open = await ownStep("kies-scenario", `org:${ID.vlinderboom}`, "BEZIG", "2027-04-01");
    const done = await ownStep("onderwijsbehoeften-in-kaart", `org:${ID.vlinderboom}`, "AFGEROND");
    const list = await myTasks(db, await as("leerkracht@demo.test"), NOW);
    expect(list.steps.map((s) => s.id)).toEqual([open]);
    expect(list.steps[0]).toMatchObject({
      title: "Kies een scenario",
      status: "BEZIG",
      overdue: true,
      href: `/initiatieven/${ID.breda}/stappen/${open}`,
      initiative: { id: ID.breda },
    });
    expect(list.steps.map((s) => s.id)).not.toContain(done);
    // A step that a decision removed no longer asks for work.
    await db.initiativeStep.update({ where: { id: open }, data: { removedAt: new Date() } });
    expect((await titles("leerkracht@demo.test")).steps).toEqual([]);
    expect((await titles("swv@demo.test")).steps).toEqual([]);
  });

  it("puts overdue work first, then by due date, with an overdue marker", async () => {
    const id = await meeting();
    await actionItem(id, `org:${ID.vlinderboom}`, "Volgende maand", "2027-05-20");
    await actionItem(id, `org:${ID.vlinderboom}`, "Te laat", "2027-04-01");
    await actionItem(id, `org:${ID.vlinderboom}`, "Vandaag", "2027-04-15");
    const list = await myTasks(db, await as("school@demo.test"), NOW);
    expect(list.tasks.map((t) => [t.title, t.overdue])).toEqual([
      ["Te laat", true],
      ["Vandaag", false],
      ["Volgende maand", false],
    ]);
  });

  it("uses the same number of queries however much there is, and stays bounded", async () => {
    let queries = 0;
    const counting = db.$extends({
      query: {
        $allOperations: ({ args, query }) => {
          queries++;
          return query(args);
        },
      },
    }) as unknown as Tx;
    const actor = await as("school@demo.test");
    await myTasks(counting, actor, NOW);
    const few = queries;
    expect(few).toBeGreaterThan(0);
    const id = await meeting();
    await db.task.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        initiativeId: ID.breda,
        meetingId: id,
        title: `Taak ${i}`,
        ownerOrganisationId: ID.vlinderboom,
        createdById: ID.school,
        dueDate: new Date(Date.UTC(2027, 0, 1 + i)),
      })),
    });
    await db.initiativeStep.updateMany({
      where: { initiativeId: ID.breda },
      data: { ownerOrganisationId: ID.vlinderboom, status: "BEZIG" },
    });
    queries = 0;
    const list = await myTasks(counting, actor, NOW);
    expect(queries).toBe(few);
    expect(list.tasks).toHaveLength(100);
    expect(list.limited).toBe(true);
    expect(list.tasks[0]!.title).toBe("Taak 0");
    expect(list.steps.length).toBeGreaterThan(5);
  });
});
