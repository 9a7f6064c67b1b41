// One generated initiative at a time: where it is (region, gemeente, host school), how far it
// got (phase, decisions, steps), who takes part, and its arrangement. Everything is written
// into a batch; ids come from counters, so nothing is read back from the database.
import type { Phase, Prisma, StepStatus } from "../../generated/prisma/client";
import { PHASES } from "../../initiatives/phases";
import { applicableSteps } from "../../stappenplan/plan";
import type { CareOption, LeadRole, Scenario, StappenplanTemplate } from "../../stappenplan/template-types";
import { ArrangementGenerator } from "./arrangements";
import type { Batch } from "./insert";
import { initiativeName, ouderinitiatiefName } from "./names";
import { GENERATED_ID_PREFIX, type Landscape } from "./organisations";
import type { UserPool } from "./people";
import type { Random } from "./random";
import * as text from "./texts";

const DAY = 86_400_000;
const PHASE_WEIGHTS: Record<Phase, number> = {
  VERKENNING: 25,
  VOORBEREIDING: 30,
  INRICHTING: 20,
  UITVOERING: 20,
  BORGING: 5,
};
/** How long ago (days) an initiative in this phase started. */
const AGE_DAYS: Record<Phase, [number, number]> = {
  VERKENNING: [5, 300],
  VOORBEREIDING: [60, 550],
  INRICHTING: [150, 800],
  UITVOERING: [300, 1050],
  BORGING: [700, 1090],
};
const BREDA_SWV = "org_swv_breda";
const BREDA = "org_gm0758";

const id = (kind: string, n: number) => `${GENERATED_ID_PREFIX}${kind}_${String(n).padStart(6, "0")}`;
const dateOnly = (ms: number) => {
  const d = new Date(ms);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};

export class InitiativeGenerator {
  private n = { initiatives: 0, participants: 0, steps: 0, decisions: 0, transitions: 0, ouderinitiatieven: 0 };
  private readonly arrangements: ArrangementGenerator;
  private readonly stepsByPlan = new Map<
    string,
    { key: string; phase: Phase; position: number; required: boolean; lead: LeadRole }[]
  >();
  /** Demo gemeente Breda's first initiatives get a fixed arrangement outcome (see ArrangementParties.force). */
  private bredaForced = 0;

  constructor(
    private readonly rng: Random,
    private readonly land: Landscape,
    private readonly pool: UserPool,
    private readonly template: StappenplanTemplate,
    private readonly now: number,
  ) {
    this.arrangements = new ArrangementGenerator(rng);
  }

  counts() {
    return { ...this.n, ...this.arrangements.counts() };
  }

  /** Initiative number k (0-based): regions take turns, so every SWV gets its fair share. */
  generate(k: number, batch: Batch): void {
    const { rng, land, pool, now } = this;
    const region = land.regions[k % land.regions.length]!;
    const withSchools = region.gemeenten.filter((g) => land.gemeenten[g]!.schools.length > 0);
    const gIndex =
      withSchools.length > 0
        ? withSchools[rng.weightedIndex(withSchools.map((g) => land.gemeenten[g]!.weight))]!
        : land.schools[rng.int(0, land.schools.length - 1)]!.gemeente;
    const gemeente = land.gemeenten[gIndex]!;
    const school = land.schools[rng.pick(gemeente.schools)]!;
    const initiativeId = id("ini", ++this.n.initiatives);

    const forceBreda =
      region.swvId === BREDA_SWV && gemeente.id === BREDA && this.bredaForced < 2
        ? this.bredaForced++ === 0
          ? "TER_BEOORDELING"
          : "VASTGESTELD"
        : null;
    const phase: Phase =
      forceBreda === "TER_BEOORDELING" ? "INRICHTING" : forceBreda ? "UITVOERING" : rng.weighted(PHASE_WEIGHTS);
    const p = PHASES.indexOf(phase);

    // Time line: started some time ago, last touched recently, or stalled for over 90 days.
    const age = rng.int(...AGE_DAYS[phase]);
    const createdAt = now - age * DAY - rng.int(0, DAY - 1);
    const stalled = phase !== "BORGING" && age > 120 && rng.chance(0.18);
    const updatedAt = stalled
      ? now - rng.int(91, Math.min(age - 1, 400)) * DAY
      : Math.max(createdAt + DAY, now - rng.int(0, Math.min(age, 60)) * DAY - rng.int(0, DAY - 1));
    const span = (f: number) => Math.round(createdAt + (updatedAt - createdAt) * f);

    // Decisions: taken in Voorbereiding, so present from Inrichting on and sometimes before.
    const scenario: Scenario | null =
      p >= 2 || (p === 1 && rng.chance(0.45)) ? rng.weighted({ SCENARIO_1: 70, SCENARIO_2: 30 }) : null;
    const careOption: CareOption | null =
      scenario && (p >= 2 || rng.chance(0.6))
        ? rng.weighted({ BESTAANDE_AANBIEDER: 60, NIEUW_DOOR_OUDERS: 25, NIEUW_DOOR_BESTUUR: 15 })
        : null;

    // People: 1–3 parents; the first usually started it.
    const parents = [
      ...new Set(Array.from({ length: Number(rng.weighted({ "1": 55, "2": 30, "3": 15 })) }, () => pool.parent())),
    ];
    const schoolMember = pool.actorFor(school.id);
    const createdById = rng.chance(0.75) || !schoolMember ? parents[0]! : schoolMember;

    // The parents' own stichting: always when they organise the care themselves, sometimes otherwise.
    let ouderinitiatiefId: string | null = null;
    if (careOption === "NIEUW_DOOR_OUDERS" || rng.chance(0.1)) {
      ouderinitiatiefId = id("oi", ++this.n.ouderinitiatieven);
      batch.organisation.push({
        id: ouderinitiatiefId,
        kind: "OUDERINITIATIEF",
        name: ouderinitiatiefName(rng, gemeente.place, this.n.ouderinitiatieven),
        fictitious: true,
        createdAt: new Date(createdAt),
        updatedAt: new Date(createdAt),
      });
      batch.membership.push(...pool.staff(rng, ouderinitiatiefId, 0, new Date(createdAt), parents.slice(0, 2)));
    }

    // Gemeenten: the school's, sometimes a neighbour in the same region (children from there).
    const others = region.gemeenten.filter((g) => g !== gIndex);
    const gemeenteIds = [
      gemeente.id,
      ...(others.length && rng.chance(0.25) ? [land.gemeenten[rng.pick(others)]!.id] : []),
    ];
    for (const gemeenteId of gemeenteIds) batch.initiativeGemeente.push({ initiativeId, gemeenteId });

    // Participants: more parties join as the initiative moves on.
    const orgs: { organisationId: string; role: Prisma.InitiativeParticipantCreateManyInput["role"] }[] = [
      { organisationId: school.id, role: "SCHOOL" },
    ];
    if (ouderinitiatiefId) orgs.unshift({ organisationId: ouderinitiatiefId, role: "INITIATIEFNEMER" });
    const early = p === 0;
    if (!early || rng.chance(0.4)) orgs.push({ organisationId: school.boardId, role: "SCHOOLBESTUUR" });
    if (!early || rng.chance(0.5)) orgs.push({ organisationId: region.swvId, role: "SWV" });
    if (!early || rng.chance(0.4)) for (const g of gemeenteIds) orgs.push({ organisationId: g, role: "GEMEENTE" });
    const zorg = region.zorgaanbieders.length
      ? region.zorgaanbieders
      : land.regions.flatMap((r) => r.zorgaanbieders).slice(0, 50);
    const zorgaanbieders =
      p >= 2 || careOption === "BESTAANDE_AANBIEDER" || rng.chance(early ? 0.3 : 0.7)
        ? rng.sample(zorg, rng.chance(0.25) ? 2 : 1)
        : [];
    for (const z of zorgaanbieders) orgs.push({ organisationId: z, role: "ZORGAANBIEDER" });
    const zorgkantoorId = !early && rng.chance(0.4) ? region.zorgkantoorId : null;
    if (zorgkantoorId) orgs.push({ organisationId: zorgkantoorId, role: "ZORGKANTOOR" });
    const joinedAt = (i: number) => new Date(span(Math.min(0.9, i * 0.03)));
    orgs.forEach((o, i) =>
      batch.initiativeParticipant.push({
        id: id("par", ++this.n.participants),
        initiativeId,
        organisationId: o.organisationId,
        role: o.role,
        createdAt: joinedAt(i),
      }),
    );
    parents.forEach((userId, i) =>
      batch.initiativeParticipant.push({
        id: id("par", ++this.n.participants),
        initiativeId,
        userId,
        role: "OUDER",
        createdAt: joinedAt(i),
      }),
    );

    const children = rng.int(3, 9);
    const supportRequested = rng.chance(0.03);
    batch.initiative.push({
      id: initiativeId,
      name: initiativeName(rng, gemeente.place, school.shortName),
      summary: text.summary(rng, children, school.name),
      hostSchoolId: school.id,
      swvId: region.swvId,
      phase,
      doelgroep: text.doelgroep(rng, children),
      motivation: text.motivation(rng),
      needs: text.needs(rng),
      scenario,
      careOption,
      templateVersion: this.template.version,
      supportRequestedAt: supportRequested ? new Date(Math.max(createdAt, updatedAt - rng.int(0, 30) * DAY)) : null,
      supportRequest: supportRequested ? text.supportQuestion(rng) : null,
      createdById,
      createdAt: new Date(createdAt),
      updatedAt: new Date(updatedAt),
    });

    // Decisions and the phase history that brought it here.
    if (scenario)
      batch.initiativeDecision.push({
        id: id("dec", ++this.n.decisions),
        initiativeId,
        kind: "SCENARIO",
        value: scenario,
        reason: text.scenarioReason(rng, scenario),
        decidedById: createdById,
        createdAt: new Date(span(p >= 2 ? 0.3 : 0.7)),
      });
    if (careOption)
      batch.initiativeDecision.push({
        id: id("dec", ++this.n.decisions),
        initiativeId,
        kind: "CARE_OPTION",
        value: careOption,
        reason: text.careOptionReason(rng, careOption),
        decidedById: createdById,
        createdAt: new Date(span(p >= 2 ? 0.35 : 0.8)),
      });
    for (let i = 0; i < p; i++)
      batch.phaseTransition.push({
        id: id("pht", ++this.n.transitions),
        initiativeId,
        fromPhase: PHASES[i]!,
        toPhase: PHASES[i + 1]!,
        override: rng.chance(0.03),
        byUserId: createdById,
        createdAt: new Date(span((i + 1) / (p + 1))),
      });

    // Steps: earlier phases done, the current one under way, later ones waiting.
    const leadOrg: Partial<Record<LeadRole, string>> = {
      OUDERS: ouderinitiatiefId ?? undefined,
      SCHOOL: school.id,
      SCHOOLBESTUUR: orgs.some((o) => o.role === "SCHOOLBESTUUR") ? school.boardId : school.id,
      SWV: orgs.some((o) => o.role === "SWV") ? region.swvId : undefined,
      GEMEENTE: orgs.some((o) => o.role === "GEMEENTE") ? gemeente.id : undefined,
      ZORGAANBIEDER: zorgaanbieders[0] ?? ouderinitiatiefId ?? undefined,
      ZORGKANTOOR: zorgkantoorId ?? undefined,
    };
    for (const step of this.plan(scenario, careOption)) {
      const sp = PHASES.indexOf(step.phase);
      let status: StepStatus =
        sp < p ? "AFGEROND" : sp > p ? "NIET_GESTART" : rng.weighted({ AFGEROND: 30, BEZIG: 35, NIET_GESTART: 35 });
      // A decision taken means its step is done; no decision yet means it is not.
      if (sp === p && step.key === "kies-scenario")
        status = scenario ? "AFGEROND" : rng.chance(0.5) ? "BEZIG" : "NIET_GESTART";
      if (sp === p && step.key === "organiseer-zorg")
        status = careOption ? "AFGEROND" : rng.chance(0.5) ? "BEZIG" : "NIET_GESTART";
      const open = status !== "AFGEROND";
      const owned = sp === p ? rng.chance(open ? 0.75 : 0.5) : sp < p && rng.chance(0.3);
      const ownerOrganisationId = owned ? (leadOrg[step.lead] ?? null) : null;
      const ownerUserId = owned && step.lead === "OUDERS" && !ownerOrganisationId ? parents[0]! : null;
      const hasOwner = ownerOrganisationId !== null || ownerUserId !== null;
      const dueDate =
        hasOwner && open ? dateOnly(stalled ? updatedAt + rng.int(-20, 60) * DAY : now + rng.int(-40, 75) * DAY) : null;
      const touched =
        status === "NIET_GESTART"
          ? createdAt
          : sp < p
            ? span(((sp + 1) / (p + 1)) * (0.5 + 0.5 * rng.next()))
            : span(0.5 + 0.5 * rng.next());
      batch.initiativeStep.push({
        id: id("stp", ++this.n.steps),
        initiativeId,
        key: step.key,
        phase: step.phase,
        position: step.position,
        required: step.required,
        status,
        ownerOrganisationId,
        ownerUserId,
        dueDate,
        version: status === "NIET_GESTART" && !hasOwner ? 1 : rng.int(2, 4),
        createdAt: new Date(createdAt),
        updatedAt: new Date(touched),
      });
    }

    // The arrangement: from Inrichting on (mostly), and a few early ones in Voorbereiding.
    const wantsArrangement =
      forceBreda !== null ||
      p >= 3 ||
      (p === 2 && rng.chance(0.75)) ||
      (p === 1 && scenario !== null && rng.chance(0.2));
    if (wantsArrangement && scenario) {
      const careProviders =
        careOption === "NIEUW_DOOR_OUDERS" && ouderinitiatiefId
          ? [ouderinitiatiefId]
          : careOption === "NIEUW_DOOR_BESTUUR"
            ? [school.boardId, ...zorgaanbieders]
            : zorgaanbieders.length
              ? zorgaanbieders
              : [ouderinitiatiefId ?? school.boardId];
      this.arrangements.generate(
        {
          initiativeId,
          phase,
          scenario,
          schoolId: school.id,
          boardId: school.boardId,
          swvId: region.swvId,
          gemeenten: gemeenteIds,
          careProviders,
          zorgkantoorId,
          parentUserId: parents[0]!,
          drafterUserId: pool.actorFor(region.swvId) ?? createdById,
          approverFor: (organisationId) => pool.actorFor(organisationId) ?? createdById,
          from: createdAt,
          until: updatedAt,
          now,
          force: forceBreda
            ? { state: forceBreda, unapprovedGemeente: forceBreda === "TER_BEOORDELING" ? BREDA : undefined }
            : undefined,
        },
        batch,
      );
    }
  }

  /** The template's steps for these decisions, with their position in the template (as syncSteps stores them). */
  private plan(scenario: Scenario | null, careOption: CareOption | null) {
    const key = `${scenario}/${careOption}`;
    let steps = this.stepsByPlan.get(key);
    if (!steps) {
      steps = applicableSteps(this.template, { scenario, careOption }).map((s) => ({
        key: s.key,
        phase: s.phase,
        position: this.template.steps.indexOf(s),
        required: s.required,
        lead: s.lead.role,
      }));
      this.stepsByPlan.set(key, steps);
    }
    return steps;
  }
}
