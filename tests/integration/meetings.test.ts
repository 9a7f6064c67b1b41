// Meetings of an initiative: planning, the record (agenda, minutes, decisions) with conflicts,
// action items that become tasks with a notification and an e-mail, and the .ics download.
import { beforeEach, describe, expect, it } from "vitest";
import { runAsActor } from "../../lib/auth/actor-override";
import type { Db } from "../../lib/db/client";
import { getInitiativeForActor } from "../../lib/initiatives/queries";
import { addActionItem } from "../../lib/meetings/add-action-item";
import { completeTask } from "../../lib/meetings/complete-task";
import { meetingCalendarDownload } from "../../lib/meetings/ics-download";
import { planMeeting } from "../../lib/meetings/plan-meeting";
import { getMeeting, listMeetings } from "../../lib/meetings/queries";
import { ZAddActionItem, ZPlanMeeting, ZUpdateMeetingRecord } from "../../lib/meetings/schemas";
import { updateMeetingRecord } from "../../lib/meetings/update-record";
import { listNotifications } from "../../lib/notifications/queries";
import type { Actor } from "../../lib/policy/actor";
import { ConflictError, FieldError, ForbiddenError, NotFoundError } from "../../lib/policy/errors";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";
import { ownMailCatcher } from "./support/own-mail-catcher";
import { ID } from "../support/demo";

const outbox = ownMailCatcher({ smtpPort: 1321, httpPort: 1371 }, { clearBeforeEach: true });
let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

const as = (email: string) => actorFor(db, email);

function planInput(values: Record<string, unknown> = {}) {
  return ZPlanMeeting.parse({
    initiativeId: ID.breda,
    kind: "BESTUURLIJK",
    title: "Bestuurlijk gesprek Breda",
    startsAt: "2027-03-10T14:00",
    endsAt: "2027-03-10T15:30",
    location: "Basisschool De Vlinderboom",
    participantKeys: [
      `org:${ID.swvBreda}`,
      `org:${ID.gemeenteBreda}`,
      `org:${ID.zorgkantoorWestBrabant}`,
      `org:${ID.markdal}`,
    ],
    ...values,
  });
}

async function plan(actor?: Actor, values: Record<string, unknown> = {}) {
  return planMeeting(db, actor ?? (await as("school@demo.test")), planInput(values));
}

async function fieldErrorOf(work: Promise<unknown>) {
  const error = await work.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FieldError);
  return { field: (error as FieldError).field, key: (error as FieldError).messageKey };
}

describe("planning a meeting", () => {
  it("stores the meeting with its invitees, times read as Dutch time, and one audit event", async () => {
    const before = await auditCount(db);
    const { id } = await plan();
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id }, include: { participants: true } });
    expect(meeting.startsAt.toISOString()).toBe("2027-03-10T13:00:00.000Z");
    expect(meeting.endsAt.toISOString()).toBe("2027-03-10T14:30:00.000Z");
    expect(meeting.participants.map((p) => p.organisationId).sort()).toEqual([
      ID.markdal,
      ID.gemeenteBreda,
      ID.swvBreda,
      ID.zorgkantoorWestBrabant,
    ]);
    expect(meeting.agenda).toEqual({ inhoud: "", organisatie: "", personeel: "", financien: "", monitoring: "" });
    expect(await auditCount(db)).toBe(before + 1);
    expect(await auditCount(db, "meeting.planned")).toBe(1);
  });

  it("refuses an end before (or at) the start, on the end field", async () => {
    expect(await fieldErrorOf(plan(undefined, { endsAt: "2027-03-10T13:00" }))).toEqual({
      field: "endsAt",
      key: "endBeforeStart",
    });
    expect(await fieldErrorOf(plan(undefined, { endsAt: "2027-03-10T14:00" }))).toEqual({
      field: "endsAt",
      key: "endBeforeStart",
    });
    expect(await db.meeting.count()).toBe(0);
  });

  it("refuses invitees who do not take part in the initiative", async () => {
    expect(
      await fieldErrorOf(plan(undefined, { participantKeys: [`org:${ID.swvBreda}`, `org:${ID.gemeenteAlkmaar}`] })),
    ).toEqual({
      field: "participantKeys",
      key: "inviteeNotParticipant",
    });
    expect(await fieldErrorOf(plan(undefined, { participantKeys: [`user:${ID.ouderAlkmaar}`] }))).toEqual({
      field: "participantKeys",
      key: "inviteeNotParticipant",
    });
    expect(
      ZPlanMeeting.safeParse({
        ...planInput(),
        startsAt: "2027-03-10T14:00",
        endsAt: "2027-03-10T15:00",
        participantKeys: [],
      }).success,
    ).toBe(false);
    expect(await db.meeting.count()).toBe(0);
  });

  it("accepts the form's one-checkbox-per-invitee fields", () => {
    const parsed = ZPlanMeeting.parse({
      initiativeId: ID.breda,
      kind: "PRAKTIJK",
      title: "Praktijkgesprek",
      startsAt: "2027-07-01T09:00",
      endsAt: "2027-07-01T10:00",
      "participantKeys.0": `org:${ID.vlinderboom}`,
      "participantKeys.3": `user:${ID.ouder}`,
    });
    expect(parsed.participantKeys).toEqual([`org:${ID.vlinderboom}`, `user:${ID.ouder}`]);
    expect(parsed.startsAt.toISOString()).toBe("2027-07-01T07:00:00.000Z"); // summer time
  });

  it("is for the initiative's editors: readers get 403, outsiders 404", async () => {
    await expect(plan(await as("swv.lezer@demo.test"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(plan(await as("steunpunt@demo.test"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(plan(await as("gemeente.alkmaar@demo.test"))).rejects.toBeInstanceOf(NotFoundError);
    await plan(await as("ouder@demo.test"));
    await plan(await as("zorg@demo.test"));
    expect(await db.meeting.count()).toBe(2);
  });

  it("lists upcoming meetings first, soonest on top, then past ones", async () => {
    const school = await as("school@demo.test");
    await plan(school, { title: "Later", startsAt: "2027-05-01T10:00", endsAt: "2027-05-01T11:00" });
    await plan(school, { title: "Eerder", startsAt: "2027-04-01T10:00", endsAt: "2027-04-01T11:00" });
    await plan(school, { title: "Geweest", startsAt: "2026-01-05T10:00", endsAt: "2026-01-05T11:00" });
    const initiative = await getInitiativeForActor(db, school, ID.breda);
    const list = await listMeetings(db, initiative, new Date("2027-03-01T00:00:00Z"));
    expect(list.upcoming.map((m) => m.title)).toEqual(["Eerder", "Later"]);
    expect(list.past.map((m) => m.title)).toEqual(["Geweest"]);
  });
});

describe("the meeting record", () => {
  const record = (meetingId: string, version: number, minutes: string) =>
    ZUpdateMeetingRecord.parse({
      meetingId,
      version: String(version),
      "agenda.inhoud": "Doelgroep en scenario",
      "agenda.financien": "Verdeling onderwijs/zorg",
      minutes,
      decisions: "Scenario 1",
    });

  it("saves agenda per theme, minutes and decisions; a stale save is a conflict showing the saved version", async () => {
    const { id } = await plan();
    const school = await as("school@demo.test");
    const swv = await as("swv@demo.test");
    expect((await updateMeetingRecord(db, school, record(id, 1, "Eerste verslag"))).version).toBe(2);
    const stale = await updateMeetingRecord(db, swv, record(id, 1, "Mijn verslag")).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).current).toMatchObject({
      minutes: "Eerste verslag",
      "agenda.inhoud": "Doelgroep en scenario",
      version: 2,
    });
    const saved = await db.meeting.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ minutes: "Eerste verslag", decisions: "Scenario 1", version: 2 });
    expect(saved.agenda).toMatchObject({
      inhoud: "Doelgroep en scenario",
      financien: "Verdeling onderwijs/zorg",
      personeel: "",
    });
    expect(await auditCount(db, "meeting.recordUpdated")).toBe(1);
  });

  it("is read-only for readers (403) and does not exist for outsiders (404)", async () => {
    const { id } = await plan();
    await expect(updateMeetingRecord(db, await as("swv.lezer@demo.test"), record(id, 1, "x"))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      updateMeetingRecord(db, await as("gemeente.alkmaar@demo.test"), record(id, 1, "x")),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      updateMeetingRecord(db, await as("school@demo.test"), record("bestaat-niet", 1, "x")),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("action items", () => {
  const item = (meetingId: string, owner: string) =>
    ZAddActionItem.parse({ meetingId, title: "Begroting zorgdeel opstellen", owner, dueDate: "2027-04-01" });

  it("become a task of the meeting; the owner's people are notified in the inbox and by e-mail", async () => {
    const { id } = await plan();
    const school = await as("school@demo.test");
    const before = await auditCount(db);
    const task = await addActionItem(db, school, item(id, `org:${ID.swvBreda}`));
    expect(await auditCount(db)).toBe(before + 1);
    expect(await db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      meetingId: id,
      initiativeId: ID.breda,
      ownerOrganisationId: ID.swvBreda,
      ownerUserId: null,
      doneAt: null,
    });
    const [notification] = (await listNotifications(db, await as("swv@demo.test"))).items;
    expect(notification).toMatchObject({
      kind: "TASK_ASSIGNED",
      link: `/initiatieven/${ID.breda}/overleggen/${id}`,
      message: { key: "taskAssigned" },
    });
    expect(outbox.to("swv@demo.test")).toHaveLength(1);
    expect(outbox.to("swv@demo.test")[0]!.subject).toContain("Begroting zorgdeel opstellen");
    // Readers of the SWV are not asked to act, nor is the person who added the item.
    expect((await listNotifications(db, await as("swv.lezer@demo.test"))).items).toHaveLength(0);
    expect(outbox.to("school@demo.test")).toHaveLength(0);
  });

  it("a parent as owner is notified personally", async () => {
    const { id } = await plan();
    await addActionItem(db, await as("school@demo.test"), item(id, `user:${ID.ouder}`));
    expect(outbox.to("ouder@demo.test")).toHaveLength(1);
  });

  it("need an owner who takes part, and an editor to add them", async () => {
    const { id } = await plan();
    expect(
      await fieldErrorOf(addActionItem(db, await as("school@demo.test"), item(id, `org:${ID.gemeenteAlkmaar}`))),
    ).toEqual({
      field: "owner",
      key: "ownerNotParticipant",
    });
    await expect(
      addActionItem(db, await as("swv.lezer@demo.test"), item(id, `org:${ID.swvBreda}`)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      addActionItem(db, await as("steunpunt@demo.test"), item(id, `org:${ID.swvBreda}`)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      addActionItem(db, await as("gemeente.alkmaar@demo.test"), item(id, `org:${ID.swvBreda}`)),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.task.count()).toBe(0);
    expect(await db.notification.count()).toBe(0);
  });

  it("are marked done (and open again) by the owner or an editor, with a version check", async () => {
    const { id } = await plan();
    const task = await addActionItem(db, await as("school@demo.test"), item(id, `org:${ID.swvBreda}`));
    const swv = await as("swv@demo.test");
    expect(await completeTask(db, swv, { taskId: task.id, version: 1 })).toMatchObject({ done: true, version: 2 });
    await expect(completeTask(db, swv, { taskId: task.id, version: 1 })).rejects.toBeInstanceOf(ConflictError);
    await expect(
      completeTask(db, await as("swv.lezer@demo.test"), { taskId: task.id, version: 2 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      completeTask(db, await as("gemeente.alkmaar@demo.test"), { taskId: task.id, version: 2 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await completeTask(db, await as("zorg@demo.test"), { taskId: task.id, version: 2 })).toMatchObject({
      done: false,
      version: 3,
    });
    expect(await auditCount(db, "task.completed")).toBe(1);
    expect(await auditCount(db, "task.reopened")).toBe(1);
  });

  it("show on the meeting with owner, due date and who may tick them off", async () => {
    const { id } = await plan();
    await addActionItem(db, await as("school@demo.test"), item(id, `org:${ID.swvBreda}`));
    const lezer = await as("swv.lezer@demo.test");
    const initiative = await getInitiativeForActor(db, lezer, ID.breda);
    const meeting = await getMeeting(db, lezer, initiative, id, new Date("2027-04-02T10:00:00Z"));
    expect(meeting!.tasks).toEqual([
      expect.objectContaining({
        title: "Begroting zorgdeel opstellen",
        ownerName: "Samenwerkingsverband Breda e.o.",
        done: false,
        overdue: true,
        canToggle: false,
      }),
    ]);
    expect(meeting!.participants).toHaveLength(4);
  });
});

describe("the .ics download", () => {
  it("is there for whoever sees the initiative, and does not exist for others or signed-out visitors", async () => {
    const { id } = await plan();
    const file = await runAsActor(await as("swv.lezer@demo.test"), () => meetingCalendarDownload(ID.breda, id));
    expect(file?.body).toContain(`UID:${id}@app.test`);
    expect(file?.body).toContain("DTSTART:20270310T130000Z");
    expect(file?.fileName).toBe("overleg-2027-03-10.ics");
    expect(
      await runAsActor(await as("gemeente.alkmaar@demo.test"), () => meetingCalendarDownload(ID.breda, id)),
    ).toBeNull();
    expect(await runAsActor(null, () => meetingCalendarDownload(ID.breda, id))).toBeNull();
    // A meeting id only works under its own initiative.
    expect(await runAsActor(await as("steunpunt@demo.test"), () => meetingCalendarDownload(ID.alkmaar, id))).toBeNull();
  });
});
