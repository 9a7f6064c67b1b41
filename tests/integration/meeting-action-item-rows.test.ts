// New action items saved with the meeting record, as rows of its form: all rows become tasks
// (each audited, its owner notified) in the record's own transaction, or, when one row is
// refused, nothing is saved at all and the error names that row.
import { testPort } from "./support/ports";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { runAsActor } from "../../lib/auth/actor-override";
import type { Db } from "../../lib/db/client";
import { updateMeetingRecordAction } from "../../lib/meetings/actions";
import { planMeeting } from "../../lib/meetings/plan-meeting";
import { ZPlanMeeting } from "../../lib/meetings/schemas";
import { ID } from "../support/demo";
import { ownMailCatcher } from "./support/own-mail-catcher";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const outbox = ownMailCatcher({ smtpPort: testPort(1267), httpPort: testPort(1317) }, { clearBeforeEach: true });
let db: Db;
let meetingId: string;
beforeEach(async () => {
  db = await freshDemoWorld();
  const school = await actorFor(db, "school@demo.test");
  const input = ZPlanMeeting.parse({
    initiativeId: ID.breda,
    kind: "BESTUURLIJK",
    title: "Bestuurlijk gesprek Breda",
    startsAt: "2027-03-10T14:00",
    endsAt: "2027-03-10T15:30",
    participantKeys: [`org:${ID.swvBreda}`, `org:${ID.gemeenteBreda}`],
  });
  meetingId = (await planMeeting(db, school, input)).id;
});

/** The record form as the browser posts it: flat field names, rows numbered from 0. */
function posted(rows: { title: string; owner: string; dueDate: string }[]) {
  const form: Record<string, string> = { meetingId, version: "1", minutes: "Besproken: het rooster." };
  rows.forEach((row, i) => {
    form[`actionItems.${i}.title`] = row.title;
    form[`actionItems.${i}.owner`] = row.owner;
    form[`actionItems.${i}.dueDate`] = row.dueDate;
  });
  return form;
}

async function save(rows: { title: string; owner: string; dueDate: string }[]) {
  const school = await actorFor(db, "school@demo.test");
  return runAsActor(school, () => updateMeetingRecordAction(null, posted(rows)));
}

const rows = () => [
  { title: "Rooster delen", owner: `org:${ID.swvBreda}`, dueDate: "2027-03-17" },
  { title: "Vervoer regelen", owner: `org:${ID.gemeenteBreda}`, dueDate: "2027-03-24" },
  { title: "Begroting opstellen", owner: `org:${ID.swvBreda}`, dueDate: "2027-04-01" },
];

describe("action items as rows of the meeting record", () => {
  it("refuses a row whose owner does not take part, on that row only, and saves nothing", async () => {
    const before = await auditCount(db);
    const input = rows();
    input[1]!.owner = `org:${ID.gemeenteAlkmaar}`;
    const result = await save(input);
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { "actionItems.1.owner": ["ownerNotParticipant"] },
    });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors)).toEqual(["actionItems.1.owner"]);
    // What was typed comes back, so a form without JavaScript shows all three rows again.
    expect((result as { values: Record<string, string> }).values).toMatchObject({
      "actionItems.0.title": "Rooster delen",
      "actionItems.2.title": "Begroting opstellen",
    });
    expect(await db.task.count({ where: { meetingId } })).toBe(0);
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(meeting).toMatchObject({ version: 1, minutes: "" });
    expect(await auditCount(db)).toBe(before);
    expect(outbox.messages()).toHaveLength(0);
  });

  it("saves the record and all rows as tasks, each audited, in the order of the rows", async () => {
    const before = await auditCount(db, "task.created");
    expect(await save(rows())).toEqual({ ok: true, data: { version: 2, tasksAdded: 3 } });
    const tasks = await db.task.findMany({ where: { meetingId }, orderBy: { createdAt: "asc" } });
    expect(tasks.map((t) => [t.title, t.ownerOrganisationId, t.dueDate?.toISOString().slice(0, 10)])).toEqual([
      ["Rooster delen", ID.swvBreda, "2027-03-17"],
      ["Vervoer regelen", ID.gemeenteBreda, "2027-03-24"],
      ["Begroting opstellen", ID.swvBreda, "2027-04-01"],
    ]);
    expect(await auditCount(db, "task.created")).toBe(before + 3);
    expect(await auditCount(db, "meeting.recordUpdated")).toBe(1);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutes).toBe("Besproken: het rooster.");
    // The owners are told, as for a single action item.
    expect(await db.notification.count({ where: { kind: "TASK_ASSIGNED" } })).toBeGreaterThanOrEqual(2);
  });

  it("skips rows left empty", async () => {
    const empty = { title: "", owner: "", dueDate: "" };
    expect(await save([empty, rows()[0]!, empty])).toEqual({ ok: true, data: { version: 2, tasksAdded: 1 } });
    expect(await db.task.count({ where: { meetingId } })).toBe(1);
  });
});
