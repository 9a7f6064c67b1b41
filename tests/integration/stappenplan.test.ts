import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { startInitiative } from "../../lib/initiatives/start-initiative";
import { ZStartInitiative } from "../../lib/initiatives/start-schemas";
import { acceptInvitation } from "../../lib/organisations/accept-invitation";
import { inviteParent, addOrganisationParticipant } from "../../lib/initiatives/participants";
import { ConflictError, FieldError, ForbiddenError } from "../../lib/policy/errors";
import { advancePhase } from "../../lib/stappenplan/advance-phase";
import { decide, previewDecision } from "../../lib/stappenplan/decide";
import { getPlan } from "../../lib/stappenplan/queries";
import { ZUpdateStep } from "../../lib/stappenplan/schemas";
import { updateStep } from "../../lib/stappenplan/update-step";
import { STAPPENPLAN_V1 } from "../../lib/stappenplan/template-v1";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";
import { ownMailCatcher } from "./support/own-mail-catcher";
import { testPort } from "./support/ports";
import { ID } from "../support/demo";
import { getInitiativeForActor } from "../../lib/initiatives/queries";

const outbox = ownMailCatcher({ smtpPort: testPort(1245), httpPort: testPort(1295) });
let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

async function startAsParent() {
  const ouder = await actorFor(db, "ouder@demo.test");
  const initiative = await startInitiative(
    db,
    ouder,
    ZStartInitiative.parse({
      name: "Samen naar School Haagse Beemden",
      doelgroep: "Vijf kinderen met een ernstig meervoudige beperking",
      motivation: "Naar school in de eigen wijk",
      needs: "Een lokaal, begeleiders en aangepast vervoer",
      gemeenteId: ID.gemeenteBreda,
      hostSchoolId: ID.klimop,
    }),
  );
  return { ouder, initiative };
}

const activeKeys = async (initiativeId: string) =>
  (await db.initiativeStep.findMany({ where: { initiativeId, removedAt: null }, orderBy: { position: "asc" } })).map(
    (s) => s.key,
  );

async function step(initiativeId: string, key: string) {
  return db.initiativeStep.findFirstOrThrow({ where: { initiativeId, key } });
}

async function save(
  actor: Awaited<ReturnType<typeof actorFor>>,
  initiativeId: string,
  key: string,
  values: Record<string, string>,
) {
  const s = await step(initiativeId, key);
  return updateStep(
    db,
    actor,
    ZUpdateStep.parse({ initiativeId, stepId: s.id, version: String(s.version), status: "AFGEROND", ...values }),
  );
}

describe("starting an initiative", () => {
  it("gives it the current template's steps, the parent as participant and the region from the gemeente", async () => {
    const { ouder, initiative } = await startAsParent();
    const created = await db.initiative.findUniqueOrThrow({
      where: { id: initiative.id },
      include: { participants: true, gemeenten: true },
    });
    expect(created).toMatchObject({
      templateVersion: 1,
      phase: "VERKENNING",
      swvId: ID.swvBreda,
      hostSchoolId: ID.klimop,
    });
    expect(created.participants).toEqual([expect.objectContaining({ userId: ouder.userId, role: "OUDER" })]);
    const unconditional = STAPPENPLAN_V1.steps.filter((s) => !s.when).map((s) => s.key);
    expect(await activeKeys(initiative.id)).toEqual(unconditional);
    expect(await auditCount(db, "initiative.started")).toBe(1);
  });

  it("refuses a school outside the chosen gemeente and saves nothing", async () => {
    const ouder = await actorFor(db, "ouder@demo.test");
    const before = await db.initiative.count();
    const error = await startInitiative(
      db,
      ouder,
      ZStartInitiative.parse({
        name: "X-initiatief",
        doelgroep: "a",
        motivation: "b",
        needs: "c",
        gemeenteId: ID.gemeenteBreda,
        hostSchoolId: ID.windwijzer,
      }),
    ).catch((e) => e);
    expect(error).toMatchObject({ field: "hostSchoolId", messageKey: "schoolNotInGemeente" });
    expect(await db.initiative.count()).toBe(before);
  });

  it("is not for a gemeente or an SWV", async () => {
    const gemeente = await actorFor(db, "gemeente@demo.test");
    await expect(
      startInitiative(
        db,
        gemeente,
        ZStartInitiative.parse({
          name: "Gemeente-initiatief",
          doelgroep: "a",
          motivation: "b",
          needs: "c",
          gemeenteId: ID.gemeenteBreda,
        }),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("decisions that change the plan", () => {
  it("scenario 2 adds the TLV and nevenvestiging steps; going back to scenario 1 removes them and keeps their notes", async () => {
    const { ouder, initiative } = await startAsParent();
    const preview = await previewDecision(db, ouder, {
      initiativeId: initiative.id,
      kind: "SCENARIO",
      value: "SCENARIO_2",
    });
    expect(preview.added.map((s) => s.key)).toEqual(["tlv-aanvragen", "instemming-nevenvestiging"]);
    expect(preview.removed).toEqual([]);
    expect(await activeKeys(initiative.id)).not.toContain("tlv-aanvragen"); // a preview changes nothing

    const version = (await db.initiative.findUniqueOrThrow({ where: { id: initiative.id } })).version;
    await decide(db, ouder, {
      initiativeId: initiative.id,
      version,
      kind: "SCENARIO",
      value: "SCENARIO_2",
      reason: "De SO-school wil een nevenvestiging",
    });
    expect(await activeKeys(initiative.id)).toEqual(
      expect.arrayContaining(["tlv-aanvragen", "instemming-nevenvestiging"]),
    );
    await save(ouder, initiative.id, "tlv-aanvragen", { status: "BEZIG", notes: "Aanvraag voor drie kinderen klaar" });

    const back = await previewDecision(db, ouder, {
      initiativeId: initiative.id,
      kind: "SCENARIO",
      value: "SCENARIO_1",
    });
    expect(back.removed.map((s) => s.key)).toEqual(["tlv-aanvragen", "instemming-nevenvestiging"]);
    await decide(db, ouder, {
      initiativeId: initiative.id,
      version: version + 1,
      kind: "SCENARIO",
      value: "SCENARIO_1",
      reason: "Toch integraal",
    });
    expect(await activeKeys(initiative.id)).not.toContain("tlv-aanvragen");

    await decide(db, ouder, {
      initiativeId: initiative.id,
      version: version + 2,
      kind: "SCENARIO",
      value: "SCENARIO_2",
      reason: "Weer terug",
    });
    expect((await step(initiative.id, "tlv-aanvragen")).notes).toBe("Aanvraag voor drie kinderen klaar");
    const decisions = await db.initiativeDecision.findMany({
      where: { initiativeId: initiative.id },
      orderBy: { createdAt: "asc" },
    });
    expect(decisions.map((d) => [d.previousValue, d.value])).toEqual([
      [null, "SCENARIO_2"],
      ["SCENARIO_2", "SCENARIO_1"],
      ["SCENARIO_1", "SCENARIO_2"],
    ]);
  });

  it("a new provider set up by parents adds founding the stichting and getting contracted", async () => {
    const { ouder, initiative } = await startAsParent();
    await decide(db, ouder, {
      initiativeId: initiative.id,
      version: 1,
      kind: "CARE_OPTION",
      value: "NIEUW_DOOR_OUDERS",
      reason: "Wij willen zelf de zorg regelen",
    });
    expect(await activeKeys(initiative.id)).toEqual(
      expect.arrayContaining(["stichting-oprichten", "gecontracteerd-worden"]),
    );
    const change = await previewDecision(db, ouder, {
      initiativeId: initiative.id,
      kind: "CARE_OPTION",
      value: "NIEUW_DOOR_BESTUUR",
    });
    expect(change.added.map((s) => s.key)).toEqual(["zorgaanbieder-door-bestuur"]);
    expect(change.removed.map((s) => s.key)).toEqual(["stichting-oprichten"]);
  });

  it("a decision based on a stale page is a conflict", async () => {
    const { ouder, initiative } = await startAsParent();
    await decide(db, ouder, {
      initiativeId: initiative.id,
      version: 1,
      kind: "SCENARIO",
      value: "SCENARIO_1",
      reason: "a",
    });
    await expect(
      decide(db, ouder, {
        initiativeId: initiative.id,
        version: 1,
        kind: "SCENARIO",
        value: "SCENARIO_2",
        reason: "b",
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await db.initiative.findUniqueOrThrow({ where: { id: initiative.id } })).scenario).toBe("SCENARIO_1");
  });
});

describe("phase gates", () => {
  it("opens when the required steps are done, and keeps the history", async () => {
    const { ouder, initiative } = await startAsParent();
    await expect(
      advancePhase(db, ouder, { initiativeId: initiative.id, version: 1, override: false, reason: "" }),
    ).rejects.toMatchObject({ messageKey: "gateClosed" });
    await save(ouder, initiative.id, "informeer-en-creeer-commitment", {});
    await save(ouder, initiative.id, "beeld-op-hoofdlijnen", {});
    const plan = await getPlan(db, await getInitiativeForActor(db, ouder, initiative.id));
    expect(plan.gate.open).toBe(true);
    await advancePhase(db, ouder, { initiativeId: initiative.id, version: 1, override: false, reason: "" });
    const transitions = await db.phaseTransition.findMany({ where: { initiativeId: initiative.id } });
    expect(transitions).toEqual([
      expect.objectContaining({ fromPhase: "VERKENNING", toPhase: "VOORBEREIDING", override: false }),
    ]);
  });

  it("can be passed by an explicit override, only with a reason", async () => {
    const { ouder, initiative } = await startAsParent();
    const error = await advancePhase(db, ouder, {
      initiativeId: initiative.id,
      version: 1,
      override: true,
      reason: "",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(FieldError);
    expect(error).toMatchObject({ field: "reason" });
    await advancePhase(db, ouder, {
      initiativeId: initiative.id,
      version: 1,
      override: true,
      reason: "Commitment is er al, het verslag volgt",
    });
    const transition = await db.phaseTransition.findFirstOrThrow({ where: { initiativeId: initiative.id } });
    expect(transition).toMatchObject({ override: true, reason: "Commitment is er al, het verslag volgt" });
    expect((await db.initiative.findUniqueOrThrow({ where: { id: initiative.id } })).phase).toBe("VOORBEREIDING");
  });

  it("a step marked not applicable needs a reason and then counts as done", async () => {
    const { ouder, initiative } = await startAsParent();
    const s = await step(initiative.id, "informeer-en-creeer-commitment");
    const parsed = ZUpdateStep.safeParse({
      initiativeId: initiative.id,
      stepId: s.id,
      version: "1",
      status: "NIET_VAN_TOEPASSING",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ["notApplicableReason"], message: "reasonRequired" });
    await save(ouder, initiative.id, "informeer-en-creeer-commitment", {
      status: "NIET_VAN_TOEPASSING",
      notApplicableReason: "Commitment is er al via het SWV",
    });
    await save(ouder, initiative.id, "beeld-op-hoofdlijnen", {});
    expect((await getPlan(db, await getInitiativeForActor(db, ouder, initiative.id))).gate.open).toBe(true);
  });
});

describe("saving steps", () => {
  it("a save from a stale page is a conflict carrying the other version; nothing is overwritten", async () => {
    const { ouder, initiative } = await startAsParent();
    const s = await step(initiative.id, "beeld-op-hoofdlijnen");
    const base = { initiativeId: initiative.id, stepId: s.id, version: String(s.version) };
    await updateStep(db, ouder, ZUpdateStep.parse({ ...base, status: "BEZIG", notes: "Versie van Sanne" }));
    const error = await updateStep(
      db,
      ouder,
      ZUpdateStep.parse({ ...base, status: "AFGEROND", notes: "Versie van de school" }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toMatchObject({
      status: "BEZIG",
      notes: "Versie van Sanne",
      version: s.version + 1,
    });
    expect(await step(initiative.id, "beeld-op-hoofdlijnen")).toMatchObject({
      status: "BEZIG",
      notes: "Versie van Sanne",
    });
    expect(await auditCount(db, "step.updated")).toBe(1);
  });

  it("the owner must take part in the initiative, and readers may not change steps", async () => {
    const { ouder, initiative } = await startAsParent();
    const error = await save(ouder, initiative.id, "beeld-op-hoofdlijnen", {
      owner: `org:${ID.gemeenteAlkmaar}`,
    }).catch((e) => e);
    expect(error).toMatchObject({ field: "owner", messageKey: "ownerNotParticipant" });
    const s = await step(ID.breda, "onderwijsbehoeften-in-kaart");
    const lezer = await actorFor(db, "swv.lezer@demo.test");
    await expect(
      updateStep(
        db,
        lezer,
        ZUpdateStep.parse({ initiativeId: ID.breda, stepId: s.id, version: String(s.version), status: "AFGEROND" }),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses impossible due dates with a message on the field", () => {
    const result = ZUpdateStep.safeParse({
      initiativeId: "i",
      stepId: "s",
      version: "1",
      status: "BEZIG",
      dueDate: "2026-02-30",
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ["dueDate"], message: "dateInvalid" });
  });
});

describe("participants", () => {
  it("an invited parent joins as OUDER and gets a personal workspace with the initiative", async () => {
    const { ouder, initiative } = await startAsParent();
    await inviteParent(db, ouder, { initiativeId: initiative.id, email: "vader.jansen@demo.test" });
    const mail = outbox.messages().find((m) => m.to.includes("vader.jansen@demo.test"))!;
    const token = mail.text.match(/uitnodiging\/([A-Za-z0-9_-]+)/)![1]!;
    await acceptInvitation(db, { token, name: "Kees Jansen", password: "fietsen-langs-de-mark" });
    const vader = await actorFor(db, "vader.jansen@demo.test");
    expect(vader.workspace.kind).toBe("PERSONAL");
    const participant = await db.initiativeParticipant.findFirstOrThrow({
      where: { initiativeId: initiative.id, userId: vader.userId },
    });
    expect(participant.role).toBe("OUDER");
  });

  it("an added organisation is invited with the role of its kind, and its beheerders hear of it", async () => {
    const { ouder, initiative } = await startAsParent();
    await addOrganisationParticipant(db, ouder, { initiativeId: initiative.id, organisationId: ID.swvBreda });
    await addOrganisationParticipant(db, ouder, { initiativeId: initiative.id, organisationId: ID.gemeenteBreda });
    const rows = (
      await db.initiativeParticipant.findMany({ where: { initiativeId: initiative.id, organisationId: { not: null } } })
    )
      .map((p) => `${p.role}:${p.status}`)
      .sort();
    expect(rows).toEqual(["GEMEENTE:INVITED", "SWV:INVITED"]);
    expect(outbox.messages().some((m) => m.to.includes("swv@demo.test") && m.subject.includes("Haagse Beemden"))).toBe(
      true,
    );
    await expect(
      addOrganisationParticipant(db, ouder, { initiativeId: initiative.id, organisationId: ID.swvBreda }),
    ).rejects.toMatchObject({ messageKey: "alreadyInvited" });
  });
});
