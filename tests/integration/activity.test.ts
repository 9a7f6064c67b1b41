import { beforeEach, describe, expect, it } from "vitest";
import { describeEvent } from "../../lib/activity/describe";
import { loadActivityPage } from "../../lib/pages/activity";
import { initiativeTimeline, type TimelineItem } from "../../lib/activity/queries";
import { recordAudit } from "../../lib/audit/record-audit";
import { runAsActor } from "../../lib/auth/actor-override";
import type { Db } from "../../lib/db/client";
import { translatorFor } from "../../lib/i18n/translator";
import { getInitiativeForActor } from "../../lib/initiatives/queries";
import { NotFoundError } from "../../lib/policy/errors";
import { updateCondition } from "../../lib/randvoorwaarden/update-condition";
import { decide } from "../../lib/stappenplan/decide";
import { ZDecide, ZUpdateStep } from "../../lib/stappenplan/schemas";
import { updateStep } from "../../lib/stappenplan/update-step";
import { actorFor, freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

const pause = () => new Promise((resolve) => setTimeout(resolve, 5)); // distinct timestamps, stable order
const nl = translatorFor("nl", "activity");
const text = (item: TimelineItem) =>
  nl(`event.${item.message.key}`, { ...item.message.values, actor: item.actorName ?? nl("system") });
const breda = async () => getInitiativeForActor(db, await actorFor(db, "school@demo.test"), ID.breda);

async function someActivity() {
  const school = await actorFor(db, "school@demo.test");
  const ouder = await actorFor(db, "ouder@demo.test");
  const step = await db.initiativeStep.findFirstOrThrow({
    where: { initiativeId: ID.breda, key: "onderwijsbehoeften-in-kaart" },
  });
  await updateStep(
    db,
    school,
    ZUpdateStep.parse({
      initiativeId: ID.breda,
      stepId: step.id,
      version: String(step.version),
      status: "BEZIG",
      notes: "Vertrouwelijke aantekening",
    }),
  );
  await pause();
  await decide(
    db,
    ouder,
    ZDecide.parse({
      initiativeId: ID.breda,
      version: String((await breda()).version),
      kind: "SCENARIO",
      value: "SCENARIO_1",
      reason: "Past het best",
    }),
  );
  await pause();
  await updateCondition(db, school, {
    initiativeId: ID.breda,
    key: "zorg-in-vakanties",
    version: 0,
    status: "GEREGELD",
    evidence: "Afspraken vastgelegd",
  });
  await pause();
  // Events of other areas: their sentences never show file names, comment bodies or raw JSON.
  await recordAudit(db, ouder, {
    initiativeId: ID.breda,
    action: "comment.added",
    entityType: "StepComment",
    entityId: "c1",
    summary: { stepKey: "kies-scenario", body: "Geheime reactie over Pietje" },
  });
  await pause();
  await recordAudit(db, school, {
    initiativeId: ID.breda,
    action: "deliverable.uploaded",
    entityType: "StepDeliverable",
    entityId: "d1",
    summary: { stepKey: "kies-scenario", fileName: "OPP-Pietje.pdf" },
  });
  await pause();
  await recordAudit(db, school, {
    initiativeId: ID.breda,
    action: "deliverable.downloaded",
    entityType: "StepDeliverable",
    entityId: "d1",
    summary: { stepKey: "kies-scenario", fileName: "OPP-Pietje.pdf" },
  });
  await pause();
  await recordAudit(db, school, {
    initiativeId: ID.breda,
    action: "iets.nieuws",
    entityType: "Onbekend",
    entityId: "x1",
    summary: { geheim: '{"json":true}' },
  });
}

describe("the activity timeline", () => {
  it("lists an initiative's mutations newest first, as readable Dutch sentences", async () => {
    await someActivity();
    const { items, nextCursor } = await initiativeTimeline(db, await breda());
    expect(nextCursor).toBeNull();
    expect(items.map(text)).toEqual([
      `${items[0]!.actorName} wijzigde iets in het initiatief.`,
      `${items[1]!.actorName} voegde een bestand toe bij de stap ‘Kies een scenario’.`,
      `${items[2]!.actorName} reageerde bij de stap ‘Kies een scenario’.`,
      `${items[3]!.actorName} zette de randvoorwaarde ‘Zorg geregeld in de schoolvakanties’ op geregeld.`,
      `${items[4]!.actorName} besloot over het scenario: scenario 1 (integraal arrangement).`,
      `${items[5]!.actorName} zette de stap ‘Breng onderwijsbehoeften en -mogelijkheden in kaart’ op bezig.`,
    ]);
    const school = await db.user.findUniqueOrThrow({ where: { email: "school@demo.test" } });
    const ouder = await db.user.findUniqueOrThrow({ where: { email: "ouder@demo.test" } });
    expect(items.map((i) => i.actorName)).toEqual([
      school.name,
      school.name,
      ouder.name,
      school.name,
      ouder.name,
      school.name,
    ]);
    expect(items[0]!.organisationName).toBe("Basisschool De Vlinderboom");
    expect(items[2]!.organisationName).toBeNull(); // the parent acts from the personal workspace
    const all = items.map(text).join("\n");
    for (const secret of ["Pietje", "json", "Vertrouwelijke", "Afspraken vastgelegd", "{", "gedownload"])
      expect(all).not.toContain(secret);
  });

  it("pages backwards with a cursor, without gaps or repeats, also when events share a timestamp", async () => {
    const school = await actorFor(db, "school@demo.test");
    const base = Date.UTC(2027, 0, 1);
    await db.auditEvent.createMany({
      data: Array.from({ length: 65 }, (_, i) => ({
        initiativeId: ID.breda,
        actorUserId: school.userId,
        actingOrganisationId: ID.vlinderboom,
        action: "task.created",
        entityType: "Task",
        entityId: `t${i}`,
        summary: { title: `Taak ${i}` },
        createdAt: new Date(base + Math.floor(i / 3) * 1000), // three events per second
      })),
    });
    const initiative = await breda();
    // Count database operations per page: a fixed number, whatever the page holds.
    let operations = 0;
    const counted = db.$extends({
      query: { $allOperations: ({ args, query }) => (operations++, query(args)) },
    }) as unknown as Db;
    const pages: TimelineItem[][] = [];
    const operationsPerPage: number[] = [];
    let cursor: string | null = null;
    do {
      operations = 0;
      const page: Awaited<ReturnType<typeof initiativeTimeline>> = await initiativeTimeline(counted, initiative, {
        before: cursor,
        take: 30,
      });
      operationsPerPage.push(operations);
      pages.push(page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages.map((p) => p.length)).toEqual([30, 30, 5]);
    expect(operationsPerPage).toEqual([3, 3, 3]); // events with actors, the acting organisations, the task titles
    const seen = pages.flat();
    expect(new Set(seen.map((i) => i.id)).size).toBe(65);
    const times = seen.map((i) => i.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(text(seen[0]!)).toMatch(/maakte de taak ‘Taak 6[234]’ aan\.$/);
    // A malformed cursor is the newest page, not an error.
    expect((await initiativeTimeline(db, initiative, { before: "kapot", take: 30 })).items[0]!.id).toBe(seen[0]!.id);
  });

  it("belongs to the initiative: other initiatives' events stay out, and outsiders get a 404", async () => {
    await someActivity();
    const alkmaar = await getInitiativeForActor(db, await actorFor(db, "gemeente.alkmaar@demo.test"), ID.alkmaar);
    expect((await initiativeTimeline(db, alkmaar)).items).toEqual([]);

    const outsider = await actorFor(db, "gemeente.alkmaar@demo.test");
    await expect(getInitiativeForActor(db, outsider, ID.breda)).rejects.toBeInstanceOf(NotFoundError);
    const notFound = await runAsActor(outsider, () => loadActivityPage(ID.breda, null)).catch((e: unknown) => e);
    expect(String((notFound as { digest?: string }).digest)).toContain("404");

    const reader = await actorFor(db, "swv.lezer@demo.test");
    const page = await runAsActor(reader, () => loadActivityPage(ID.breda, null));
    expect(page.timeline.items).toHaveLength(6);
  });
});

describe("describing events", () => {
  const ctx = {
    stepTitle: () => null,
    conditionTitle: () => null,
    organisationName: () => null,
    meetingTitle: () => null,
    taskTitle: () => null,
  };
  it("has a message for every known action, in both languages", () => {
    const actions = [
      "initiative.started",
      "step.updated",
      "initiative.decided",
      "initiative.phase_changed",
      "participant.added",
      "participant.invited",
      "participant.accepted",
      "participant.declined",
      "participant.removed",
      "initiative_invitation.created",
      "initiative_invitation.accepted",
      "deliverable.uploaded",
      "deliverable.deleted",
      "deliverable.downloaded",
      "comment.added",
      "meeting.planned",
      "meeting.updated",
      "task.created",
      "task.completed",
      "condition.updated",
      "iets.anders",
    ];
    for (const locale of ["nl", "en"]) {
      const t = translatorFor(locale, "activity");
      for (const action of actions) {
        const m = describeEvent(
          { action, entityType: "X", entityId: "1", summary: { email: "ouder@example.org", body: "tekst" } },
          ctx,
        );
        const sentence = t(`event.${m.key}`, { ...m.values, actor: "Anna" });
        expect(sentence).toMatch(/^Anna /);
        expect(sentence).not.toMatch(/ouder@example|tekst|event\./);
      }
    }
  });
});
