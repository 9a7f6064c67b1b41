// Meetings and their action items: only the Breda initiative's editors plan and record; readers
// get 403, other territories 404. The meeting and task are made directly so each case starts clean.
import type { Db } from "../../../lib/db/client";
import type { Case } from "./support";
import { bredaEditors } from "./support";
import { ID } from "../../support/demo";

async function bredaMeeting(db: Db) {
  return db.meeting.create({
    data: {
      initiativeId: ID.breda,
      kind: "BESTUURLIJK",
      title: "Bestuurlijk gesprek",
      startsAt: new Date("2027-03-10T13:00:00Z"),
      endsAt: new Date("2027-03-10T14:30:00Z"),
      agenda: {},
      createdById: ID.school,
      participants: { create: [{ organisationId: ID.swvBreda }] },
    },
  });
}

export const entries: Record<string, Case> = {
  "lib/meetings/actions.ts#planMeetingAction": {
    input: async () => ({
      initiativeId: ID.breda,
      kind: "PRAKTIJK",
      title: "Praktijkgesprek",
      startsAt: "2027-04-01T09:00",
      endsAt: "2027-04-01T10:30",
      location: "De Vlinderboom",
      "participantKeys.0": `org:${ID.vlinderboom}`,
      "participantKeys.1": `user:${ID.ouder}`,
    }),
    expected: bredaEditors,
  },
  "lib/meetings/actions.ts#updateMeetingRecordAction": {
    input: async (db) => ({
      meetingId: (await bredaMeeting(db)).id,
      version: "1",
      "agenda.inhoud": "Doelgroep",
      minutes: "Besproken",
      decisions: "Scenario 1",
    }),
    expected: bredaEditors,
  },
  "lib/meetings/actions.ts#addActionItemAction": {
    input: async (db) => ({
      meetingId: (await bredaMeeting(db)).id,
      title: "Begroting opstellen",
      owner: `org:${ID.swvBreda}`,
      dueDate: "2027-04-01",
    }),
    expected: bredaEditors,
  },
  // The owner (SWV) is also an editor; its reader (LEZER) is neither.
  "lib/meetings/actions.ts#completeTaskAction": {
    input: async (db) => {
      const meeting = await bredaMeeting(db);
      const task = await db.task.create({
        data: {
          initiativeId: ID.breda,
          meetingId: meeting.id,
          title: "Begroting opstellen",
          ownerOrganisationId: ID.swvBreda,
          createdById: ID.school,
        },
      });
      return { taskId: task.id, version: "1" };
    },
    expected: bredaEditors,
  },
};
