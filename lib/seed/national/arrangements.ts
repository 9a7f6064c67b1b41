// Arrangements for generated initiatives: who pays which part from which stream, following
// the rules of lib/arrangements (education by the board, SWV budget by the SWV, Jeugdwet and
// Wmo by a gemeente of the initiative, Wlz by the zorgkantoor). Every payer and provider is a
// participant of the initiative, and approvals follow requiredParties().
import { lineToRow } from "../../arrangements/workflow/mapping";
import { organisationPartyKey, requiredParties } from "../../arrangements/parties";
import type { ArrangementLine, Component, FundingStream } from "../../arrangements/types";
import type { ArrangementVersionState, Phase } from "../../generated/prisma/client";
import type { Scenario } from "../../stappenplan/template-types";
import { GENERATED_ID_PREFIX } from "./organisations";
import type { Batch } from "./insert";
import type { Random } from "./random";

export interface ArrangementParties {
  initiativeId: string;
  phase: Phase;
  scenario: Scenario;
  schoolId: string;
  boardId: string;
  swvId: string;
  /** Participating gemeenten, the host school's first. */
  gemeenten: string[];
  /** Who delivers care: zorgaanbieders, or the parents' own stichting, or the board. */
  careProviders: string[];
  zorgkantoorId: string | null;
  parentUserId: string;
  drafterUserId: string;
  /** Organisation id → a member who approves for it. */
  approverFor: (organisationId: string) => string;
  /** Between these the arrangement was made (initiative created … last touched). */
  from: number;
  until: number;
  now: number;
  /** Forced outcome, so the demo gemeente always has something to review and committed amounts. */
  force?: { state: "TER_BEOORDELING" | "VASTGESTELD"; unapprovedGemeente?: string };
}

type Who = "board" | "school" | "swv" | "gemeente" | "zorgkantoor" | "care";
interface LineKind {
  key: string;
  component: Component;
  stream: FundingStream;
  payer: Exclude<Who, "school" | "care">;
  provider: Who;
  description: string;
  rationale: string;
  hours: [number, number] | null;
  euros: [number, number] | null;
}

const CORE: LineKind[] = [
  {
    key: "onderwijs-leerkracht",
    component: "ONDERWIJS",
    stream: "ONDERWIJSBEKOSTIGING",
    payer: "board",
    provider: "school",
    description: "Leerkracht voor de groep",
    rationale: "Onderwijs geven is de kerntaak van de school en wordt uit de lumpsum van het bestuur betaald.",
    hours: [24, 40],
    euros: [45_000, 95_000],
  },
  {
    key: "swv-onderwijsassistent",
    component: "ONDERWIJSONDERSTEUNING",
    stream: "SWV_BUDGET",
    payer: "swv",
    provider: "board",
    description: "Onderwijsassistent in de groep",
    rationale:
      "Extra ondersteuning die het volgen van onderwijs mogelijk maakt, vergelijkbaar met wat een SO-school per TLV krijgt.",
    hours: [16, 32],
    euros: [25_000, 60_000],
  },
  {
    key: "jeugdwet-begeleiding",
    component: "BEGELEIDING",
    stream: "JEUGDWET",
    payer: "gemeente",
    provider: "care",
    description: "Groepsbegeleiding jeugdhulp tijdens schooltijd",
    rationale:
      "Begeleiding bij gedrag en zelfredzaamheid gaat verder dan onderwijsondersteuning: jeugdhulp uit de Jeugdwet.",
    hours: [12, 32],
    euros: [30_000, 150_000],
  },
];
const EXTRA: LineKind[] = [
  {
    key: "onderwijs-ib",
    component: "ONDERWIJSONDERSTEUNING",
    stream: "ONDERWIJSBEKOSTIGING",
    payer: "board",
    provider: "school",
    description: "Intern begeleider: OPP's opstellen en evalueren",
    rationale: "Het OPP hoort bij de basisondersteuning van de school.",
    hours: [2, 6],
    euros: null,
  },
  {
    key: "swv-ambulante-begeleiding",
    component: "ONDERWIJSONDERSTEUNING",
    stream: "SWV_BUDGET",
    payer: "swv",
    provider: "board",
    description: "Ambulante begeleiding vanuit het SO",
    rationale:
      "Expertise uit het gespecialiseerd onderwijs ondersteunt de leerkracht; het SWV betaalt dit uit het ondersteuningsbudget.",
    hours: [2, 8],
    euros: [8_000, 25_000],
  },
  {
    key: "swv-coordinatie",
    component: "COORDINATIE",
    stream: "SWV_BUDGET",
    payer: "swv",
    provider: "care",
    description: "Coördinatie van onderwijs en zorg in de groep",
    rationale: "Afgesproken in het bestuurlijk overleg: het SWV betaalt de coördinatie omdat onderwijs de basis is.",
    hours: [4, 8],
    euros: [8_000, 25_000],
  },
  {
    key: "jeugdwet-pauzes",
    component: "BEGELEIDING",
    stream: "JEUGDWET",
    payer: "gemeente",
    provider: "care",
    description: "Begeleiding tijdens pauzes en overblijf",
    rationale: "Toezicht en begeleiding buiten de lestijd zijn geen onderwijs; de gemeente betaalt dit als jeugdhulp.",
    hours: [5, 10],
    euros: [10_000, 35_000],
  },
  {
    key: "jeugdwet-verzorging",
    component: "PERSOONLIJKE_VERZORGING",
    stream: "JEUGDWET",
    payer: "gemeente",
    provider: "care",
    description: "Persoonlijke verzorging (kinderen zonder Wlz-indicatie)",
    rationale: "Voor kinderen zonder Wlz-indicatie valt persoonlijke verzorging onder de Jeugdwet.",
    hours: [6, 16],
    euros: [15_000, 60_000],
  },
  {
    key: "jeugdwet-behandeling",
    component: "BEHANDELING",
    stream: "JEUGDWET",
    payer: "gemeente",
    provider: "care",
    description: "Fysiotherapie en logopedie op school",
    rationale: "Behandeling op school voorkomt reistijd en sluit aan op de doelen in het OPP; jeugdhulp.",
    hours: [3, 8],
    euros: [10_000, 40_000],
  },
  {
    key: "jeugdwet-casusregie",
    component: "COORDINATIE",
    stream: "JEUGDWET",
    payer: "gemeente",
    provider: "care",
    description: "Casusregie en afstemming met het wijkteam",
    rationale: "De gemeente is verantwoordelijk voor de toegang tot jeugdhulp en betaalt de casusregie.",
    hours: [2, 4],
    euros: [5_000, 15_000],
  },
  {
    key: "wmo-verzorgingsruimte",
    component: "AANPASSING_HUISVESTING",
    stream: "WMO",
    payer: "gemeente",
    provider: "board",
    description: "Verzorgingsruimte met tillift",
    rationale: "De gemeente heeft in het bestuurlijk overleg toegezegd de voorziening als Wmo-maatwerk te bekostigen.",
    hours: null,
    euros: [5_000, 40_000],
  },
  {
    key: "wmo-hulpmiddelen",
    component: "OVERIG",
    stream: "WMO",
    payer: "gemeente",
    provider: "board",
    description: "Aangepast meubilair en hulpmiddelen in de groep",
    rationale: "Individuele hulpmiddelen die ook thuis nodig zijn worden via de Wmo verstrekt.",
    hours: null,
    euros: [5_000, 20_000],
  },
  {
    key: "vervoer",
    component: "VERVOER",
    stream: "SUBSIDIE_OVERIG",
    payer: "gemeente",
    provider: "care",
    description: "Aangepast leerlingenvervoer met begeleiding",
    rationale: "Leerlingenvervoer is een taak van de gemeente (verordening leerlingenvervoer).",
    hours: null,
    euros: [10_000, 45_000],
  },
  {
    key: "wlz-verzorging",
    component: "PERSOONLIJKE_VERZORGING",
    stream: "WLZ",
    payer: "zorgkantoor",
    provider: "care",
    description: "Persoonlijke verzorging en toezicht tijdens schooltijd",
    rationale: "Langdurige persoonlijke verzorging van kinderen met een Wlz-indicatie valt onder de Wlz.",
    hours: [10, 30],
    euros: [20_000, 120_000],
  },
  {
    key: "wlz-verpleging",
    component: "VERPLEGING",
    stream: "WLZ",
    payer: "zorgkantoor",
    provider: "care",
    description: "Verpleegkundige handelingen (sondevoeding, medicatie)",
    rationale: "Verpleegkundige zorg voor kinderen met een Wlz-indicatie wordt door het zorgkantoor bekostigd.",
    hours: [4, 12],
    euros: [15_000, 80_000],
  },
];

const DAY = 86_400_000;
const schoolYearStart = (year: number) => new Date(Date.UTC(year, 7, 1));
const schoolYearEnd = (year: number) => new Date(Date.UTC(year + 1, 6, 31));
const schoolYearOf = (ms: number) => {
  const d = new Date(ms);
  return d.getUTCMonth() >= 7 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
};

export class ArrangementGenerator {
  private arrangements = 0;
  private versions = 0;
  private lines = 0;
  private approvals = 0;

  constructor(private readonly rng: Random) {}

  /** One arrangement with one or two versions for the initiative, written into the batch. */
  generate(p: ArrangementParties, batch: Batch): void {
    const rng = this.rng;
    const arrangementId = `${GENERATED_ID_PREFIX}arr_${String(++this.arrangements).padStart(6, "0")}`;
    const running = p.phase === "UITVOERING" || p.phase === "BORGING";
    const twoVersions = p.force ? false : rng.chance(running ? 0.5 : p.phase === "INRICHTING" ? 0.15 : 0);
    const lastState: ArrangementVersionState = p.force?.state ?? this.lastState(p.phase, twoVersions);
    const current = schoolYearOf(p.now);
    // Running initiatives: in force this school year, or last year with a renewal under way.
    const firstYear = running ? (twoVersions && lastState === "VASTGESTELD" ? current - 1 : current) : current + 1;
    const secondYear = running ? firstYear + 1 : firstYear;
    const createdAt = Math.min(p.now - DAY, p.from + (p.until - p.from) * (0.3 + 0.5 * rng.next()));
    batch.arrangement.push({ id: arrangementId, initiativeId: p.initiativeId, createdAt: new Date(createdAt) });

    const groupSize = rng.int(4, 10);
    const lines = this.lineSet(p);
    const v1 = this.version(p, batch, {
      arrangementId,
      number: 1,
      year: firstYear,
      groupSize,
      lines,
      state: twoVersions ? "VASTGESTELD" : lastState,
      createdAt,
      basedOn: null,
    });
    if (twoVersions) {
      const revised = this.revise(p, lines);
      this.version(p, batch, {
        arrangementId,
        number: 2,
        year: secondYear,
        groupSize: Math.max(3, groupSize + rng.int(-1, 1)),
        lines: revised,
        state: lastState,
        createdAt: Math.min(p.now - DAY, v1.doneAt + rng.int(20, 200) * DAY),
        basedOn: v1.id,
      });
    }
  }

  counts() {
    return { arrangements: this.arrangements, versions: this.versions, lines: this.lines, approvals: this.approvals };
  }

  private lastState(phase: Phase, twoVersions: boolean): ArrangementVersionState {
    const rng = this.rng;
    if (twoVersions) return rng.weighted({ CONCEPT: 35, TER_BEOORDELING: 35, VASTGESTELD: 30 });
    if (phase === "VOORBEREIDING") return rng.weighted({ CONCEPT: 60, TER_BEOORDELING: 40 });
    if (phase === "INRICHTING") return rng.weighted({ CONCEPT: 35, TER_BEOORDELING: 40, VASTGESTELD: 25 });
    return "VASTGESTELD";
  }

  private lineSet(p: ArrangementParties): ArrangementLine[] {
    const rng = this.rng;
    const pool = EXTRA.filter((k) => k.payer !== "zorgkantoor" || p.zorgkantoorId);
    const kinds = [...CORE, ...rng.sample(pool, rng.int(3, 9))];
    const mainGemeente = p.force?.unapprovedGemeente ?? p.gemeenten[0]!;
    return kinds.map((k) => ({
      lineKey: k.key,
      component: k.component,
      description: k.description,
      fundingStream: k.stream,
      payerOrganisationId: this.who(p, k.payer, mainGemeente),
      providerOrganisationId: this.who(p, k.provider, mainGemeente),
      hoursPerWeek: k.hours ? rng.int(k.hours[0] * 4, k.hours[1] * 4) / 4 : null,
      amountCentsPerYear: k.euros && rng.chance(0.95) ? rng.int(k.euros[0] / 50, k.euros[1] / 50) * 50 * 100 : null,
      rationale: k.rationale,
    }));
  }

  private who(p: ArrangementParties, who: Who, mainGemeente: string): string {
    switch (who) {
      case "board":
        return p.boardId;
      case "school":
        return p.schoolId;
      case "swv":
        return p.swvId;
      case "gemeente":
        return !p.force && p.gemeenten.length > 1 && this.rng.chance(0.3) ? this.rng.pick(p.gemeenten) : mainGemeente;
      case "zorgkantoor":
        return p.zorgkantoorId!;
      case "care":
        return this.rng.pick(p.careProviders);
    }
  }

  /** The next version: indexed amounts, sometimes a line less or more hours. */
  private revise(p: ArrangementParties, lines: ArrangementLine[]): ArrangementLine[] {
    const rng = this.rng;
    const kept = lines.filter((l, i) => i < CORE.length || !rng.chance(0.1));
    return kept.map((l) => ({
      ...l,
      amountCentsPerYear:
        l.amountCentsPerYear === null
          ? null
          : Math.round((l.amountCentsPerYear * (1 + rng.int(0, 6) / 100)) / 100) * 100,
      hoursPerWeek:
        l.hoursPerWeek !== null && rng.chance(0.2) ? Math.max(1, l.hoursPerWeek + rng.int(-8, 8) / 4) : l.hoursPerWeek,
    }));
  }

  private version(
    p: ArrangementParties,
    batch: Batch,
    v: {
      arrangementId: string;
      number: number;
      year: number;
      groupSize: number;
      lines: ArrangementLine[];
      state: ArrangementVersionState;
      createdAt: number;
      basedOn: string | null;
    },
  ): { id: string; doneAt: number } {
    const rng = this.rng;
    const id = `${GENERATED_ID_PREFIX}arv_${String(++this.versions).padStart(6, "0")}`;
    const clamp = (t: number) => Math.min(p.now - 3_600_000, t);
    const submittedAt = v.state === "CONCEPT" ? null : clamp(v.createdAt + rng.int(2, 30) * DAY);
    v.lines.forEach((line, position) => {
      this.lines++;
      batch.arrangementLine.push({
        id: `${GENERATED_ID_PREFIX}arl_${String(this.lines).padStart(7, "0")}`,
        ...lineToRow(line, id, position),
      });
    });

    let doneAt = submittedAt ?? v.createdAt;
    if (submittedAt !== null) {
      const parties = requiredParties(v.lines).map((party) => party.partyKey);
      let approved = v.state === "VASTGESTELD" ? parties : parties.filter(() => rng.chance(0.5));
      if (v.state === "TER_BEOORDELING") {
        const mustWait = p.force?.unapprovedGemeente ? organisationPartyKey(p.force.unapprovedGemeente) : null;
        approved = approved.filter((k) => k !== mustWait);
        if (approved.length === parties.length) approved = approved.slice(0, -1);
      }
      for (const partyKey of approved) {
        const at = clamp(submittedAt + rng.int(1, 25) * DAY);
        doneAt = Math.max(doneAt, at);
        this.approvals++;
        batch.arrangementApproval.push({
          id: `${GENERATED_ID_PREFIX}arp_${String(this.approvals).padStart(7, "0")}`,
          versionId: id,
          partyKey,
          approvedById: partyKey === "parents" ? p.parentUserId : p.approverFor(partyKey.slice(4)),
          createdAt: new Date(at),
        });
      }
    }
    batch.arrangementVersion.push({
      id,
      arrangementId: v.arrangementId,
      number: v.number,
      state: v.state,
      scenario: p.scenario,
      periodStart: schoolYearStart(v.year),
      periodEnd: schoolYearEnd(v.year),
      groupSize: v.groupSize,
      basedOnVersionId: v.basedOn,
      createdById: p.drafterUserId,
      createdAt: new Date(v.createdAt),
      submittedAt: submittedAt === null ? null : new Date(submittedAt),
      establishedAt: v.state === "VASTGESTELD" ? new Date(doneAt) : null,
    });
    return { id, doneAt };
  }
}
