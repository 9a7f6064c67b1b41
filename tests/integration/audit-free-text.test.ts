// Audit rows can never be erased, so they hold no free text: the mutations that take notes,
// comments, reasons, requests, titles, names, file names or e-mail addresses write audit events
// that name what changed (fields, versions, ids), never the words themselves.
import { temporaryUploadDir } from "./support/upload-dir";
import { beforeEach, describe, expect, it } from "vitest";
import { deactivateUser } from "../../lib/account/sessions";
import { addChild } from "../../lib/children/add-child";
import { addComment } from "../../lib/comments/add-comment";
import type { Db } from "../../lib/db/client";
import { uploadDeliverable } from "../../lib/deliverables/mutations";
import { inviteParent } from "../../lib/initiatives/participants";
import { startInitiative } from "../../lib/initiatives/start-initiative";
import { ZStartInitiative } from "../../lib/initiatives/start-schemas";
import { requestSupport } from "../../lib/initiatives/support-request";
import { planMeeting } from "../../lib/meetings/plan-meeting";
import { ZPlanMeeting, ZUpdateMeetingRecord } from "../../lib/meetings/schemas";
import { updateMeetingRecord } from "../../lib/meetings/update-record";
import { inviteMember } from "../../lib/organisations/invitations";
import { updateCondition } from "../../lib/randvoorwaarden/update-condition";
import { advancePhase } from "../../lib/stappenplan/advance-phase";
import { decide } from "../../lib/stappenplan/decide";
import { ZDecide, ZUpdateStep } from "../../lib/stappenplan/schemas";
import { updateStep } from "../../lib/stappenplan/update-step";
import { ID } from "../support/demo";
import { actorFor, freshDemoWorld } from "./support/world";

/** Every free text below carries this; no audit row may. */
const SECRET = "Pietje-epilepsie";
const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);

let db: Db;
temporaryUploadDir("sns-audit-free-text-");
beforeEach(async () => {
  db = await freshDemoWorld();
});

const breda = () => db.initiative.findUniqueOrThrow({ where: { id: ID.breda } });
const step = (key: string) => db.initiativeStep.findFirstOrThrow({ where: { initiativeId: ID.breda, key } });

async function everyFreeTextMutation() {
  const school = await actorFor(db, "school@demo.test");
  const ouder = await actorFor(db, "ouder@demo.test");
  const needs = await step("onderwijsbehoeften-in-kaart");
  await updateStep(
    db,
    school,
    ZUpdateStep.parse({
      initiativeId: ID.breda,
      stepId: needs.id,
      version: String(needs.version),
      status: "BEZIG",
      notes: `Aantekening over ${SECRET}`,
    }),
  );
  await addComment(db, school, {
    initiativeId: ID.breda,
    stepId: needs.id,
    body: `Reactie over ${SECRET}`,
    mentionUserIds: [],
  });
  await uploadDeliverable(db, school, {
    initiativeId: ID.breda,
    stepId: needs.id,
    file: new File([PDF], `OPP ${SECRET}.pdf`, { type: "application/pdf" }),
    containsChildData: true,
  });
  await decide(
    db,
    ouder,
    ZDecide.parse({
      initiativeId: ID.breda,
      version: String((await breda()).version),
      kind: "SCENARIO",
      value: "SCENARIO_1",
      reason: `Omdat ${SECRET}`,
    }),
  );
  await advancePhase(db, school, {
    initiativeId: ID.breda,
    version: (await breda()).version,
    override: true,
    reason: `Door ${SECRET}`,
  });
  await updateCondition(db, school, {
    initiativeId: ID.breda,
    key: "zorg-in-vakanties",
    version: 0,
    status: "GEREGELD",
    evidence: `Bewijs ${SECRET}`,
  });
  await requestSupport(db, school, { initiativeId: ID.breda, request: `Hulp bij ${SECRET}` });
  const meeting = await planMeeting(
    db,
    school,
    ZPlanMeeting.parse({
      initiativeId: ID.breda,
      kind: "BESTUURLIJK",
      title: `Overleg ${SECRET}`,
      startsAt: "2027-03-10T14:00",
      endsAt: "2027-03-10T15:30",
      location: `Lokaal ${SECRET}`,
      participantKeys: [`org:${ID.swvBreda}`],
    }),
  );
  await updateMeetingRecord(
    db,
    school,
    ZUpdateMeetingRecord.parse({
      meetingId: meeting.id,
      version: "1",
      "agenda.inhoud": `Agenda ${SECRET}`,
      minutes: `Verslag ${SECRET}`,
      decisions: `Besluit ${SECRET}`,
      "actionItems.0.title": `Taak ${SECRET}`,
      "actionItems.0.owner": `org:${ID.swvBreda}`,
      "actionItems.0.dueDate": "2027-03-17",
    }),
  );
  await addChild(db, ouder, { initiativeId: ID.breda, displayName: SECRET, birthYear: 2018 });
  await startInitiative(
    db,
    ouder,
    ZStartInitiative.parse({
      name: `Initiatief ${SECRET}`,
      doelgroep: `Kinderen zoals ${SECRET}`,
      motivation: SECRET,
      needs: SECRET,
      gemeenteId: ID.gemeenteBreda,
      hostSchoolId: ID.klimop,
    }),
  );
  await inviteParent(db, ouder, { initiativeId: ID.breda, email: "pietje.ouder@example.org" });
  await inviteMember(db, school, { email: "pietje.ib@vlinderboom.test", role: "MEDEWERKER" });
  await deactivateUser(db, null, "zorg@demo.test", `Vertrokken na ${SECRET}`);
}

describe("audit rows hold no free text", () => {
  it("names what changed, never the notes, comments, reasons, titles, names, file names or e-mail addresses", async () => {
    const before = await db.auditEvent.count();
    await everyFreeTextMutation();
    const events = await db.auditEvent.findMany({ where: { seq: { gt: before } }, orderBy: { seq: "asc" } });
    // Each mutation above wrote its event (so the check below looks at real rows).
    expect(new Set(events.map((e) => e.action))).toEqual(
      new Set([
        "step.updated",
        "comment.added",
        "deliverable.uploaded",
        "initiative.decided",
        "initiative.phase_changed",
        "condition.updated",
        "initiative.support_requested",
        "meeting.planned",
        "meeting.recordUpdated",
        "task.created",
        "child.added",
        "initiative.started",
        "initiative_invitation.created",
        "invitation.created",
        "user.deactivated",
      ]),
    );
    for (const event of events) {
      const summary = JSON.stringify(event.summary);
      expect(summary, event.action).not.toContain("Pietje");
      expect(summary, event.action).not.toMatch(/@/);
    }
    // What changed stays findable: the step's notes are named, the record's fields listed.
    const stepEvent = events.find((e) => e.action === "step.updated")!;
    expect(stepEvent.summary).toMatchObject({ changed: { notes: { changed: true }, status: { to: "BEZIG" } } });
    const record = events.find((e) => e.action === "meeting.recordUpdated")!;
    expect(record.summary).toMatchObject({ changed: ["agenda.inhoud", "minutes", "decisions"] });
  });
});
