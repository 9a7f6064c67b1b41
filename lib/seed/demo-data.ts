// Demo data for Samen naar School; invented organisations are marked fictitious: true (gemeenten and the Breda SWV are real names).
import type { MemberRole, OrganisationKind, ParticipantRole, Phase } from "../generated/prisma/enums";

/** Every demo account signs in with this password. */
export const DEMO_PASSWORD = "Samen-naar-school-2026";

export type DemoOrganisation = {
  id: string;
  kind: OrganisationKind;
  name: string;
  fictitious: boolean;
  brin?: string;
  swvCode?: string;
  cbsCode?: string;
  boardId?: string;
  gemeenteId?: string;
};
export type DemoUser = { id: string; email: string; name: string };
export type DemoMembership = { id: string; userId: string; organisationId: string; role: MemberRole };
export type DemoSwvGemeente = { swvId: string; gemeenteId: string };
export type DemoParticipant =
  | { id: string; organisationId: string; role: Exclude<ParticipantRole, "OUDER"> }
  | { id: string; userId: string; role: "OUDER" };
export type DemoInitiative = {
  id: string;
  name: string;
  summary: string;
  phase: Phase;
  hostSchoolId: string;
  swvId: string;
  createdById: string;
  gemeenteIds: string[];
  participants: DemoParticipant[];
};

// ── Gemeenten (real CBS codes) ───────────────────────────────────────────────
export const GEMEENTEN: DemoOrganisation[] = [
  { id: "org_gm0758", kind: "GEMEENTE", name: "Gemeente Breda", cbsCode: "GM0758", fictitious: false },
  { id: "org_gm1719", kind: "GEMEENTE", name: "Gemeente Drimmelen", cbsCode: "GM1719", fictitious: false },
  { id: "org_gm0826", kind: "GEMEENTE", name: "Gemeente Oosterhout", cbsCode: "GM0826", fictitious: false },
  { id: "org_gm0361", kind: "GEMEENTE", name: "Gemeente Alkmaar", cbsCode: "GM0361", fictitious: false },
  { id: "org_gm0399", kind: "GEMEENTE", name: "Gemeente Heiloo", cbsCode: "GM0399", fictitious: false },
  { id: "org_gm0373", kind: "GEMEENTE", name: "Gemeente Bergen (NH)", cbsCode: "GM0373", fictitious: false },
];

// ── Samenwerkingsverbanden passend onderwijs ─────────────────────────────────
export const SWVS: DemoOrganisation[] = [
  // Named after the real SWV; its platform data (members, coverage, initiatives) is demo data.
  { id: "org_swv_breda", kind: "SWV", name: "Samenwerkingsverband Breda e.o.", swvCode: "PO 30-02", fictitious: false },
  {
    id: "org_swv_alkmaar",
    kind: "SWV",
    name: "Samenwerkingsverband Passend Onderwijs Alkmaar e.o.",
    swvCode: "PO 27-03",
    fictitious: true,
  },
];

export const SWV_GEMEENTEN: DemoSwvGemeente[] = [
  { swvId: "org_swv_breda", gemeenteId: "org_gm0758" },
  { swvId: "org_swv_breda", gemeenteId: "org_gm1719" },
  { swvId: "org_swv_breda", gemeenteId: "org_gm0826" },
  { swvId: "org_swv_alkmaar", gemeenteId: "org_gm0361" },
  { swvId: "org_swv_alkmaar", gemeenteId: "org_gm0399" },
  { swvId: "org_swv_alkmaar", gemeenteId: "org_gm0373" },
];

// ── Schoolbesturen (invented) ────────────────────────────────────────────────
export const SCHOOLBESTUREN: DemoOrganisation[] = [
  { id: "org_bst_markdal", kind: "SCHOOLBESTUUR", name: "Stichting Openbaar Onderwijs Markdal", fictitious: true },
  { id: "org_bst_baronie", kind: "SCHOOLBESTUUR", name: "Stichting Katholiek Onderwijs De Baronie", fictitious: true },
  {
    id: "org_bst_kennemerwaard",
    kind: "SCHOOLBESTUUR",
    name: "Stichting Primair Onderwijs Kennemerwaard",
    fictitious: true,
  },
];

// ── Scholen (invented; BRIN codes in the unused 97xx/98xx range) ─────────────
export const SCHOLEN: DemoOrganisation[] = [
  {
    id: "org_sch_vlinderboom",
    kind: "SCHOOL",
    name: "Basisschool De Vlinderboom",
    brin: "97BR",
    boardId: "org_bst_markdal",
    gemeenteId: "org_gm0758",
    fictitious: true,
  },
  {
    id: "org_sch_klimop",
    kind: "SCHOOL",
    name: "Openbare Basisschool De Klimop",
    brin: "97BK",
    boardId: "org_bst_markdal",
    gemeenteId: "org_gm0758",
    fictitious: true,
  },
  {
    id: "org_sch_biesbosje",
    kind: "SCHOOL",
    name: "Basisschool Het Biesbosje (Made)",
    brin: "97DM",
    boardId: "org_bst_baronie",
    gemeenteId: "org_gm1719",
    fictitious: true,
  },
  {
    id: "org_sch_zonnewijzer",
    kind: "SCHOOL",
    name: "Basisschool De Zonnewijzer",
    brin: "97OH",
    boardId: "org_bst_baronie",
    gemeenteId: "org_gm0826",
    fictitious: true,
  },
  {
    id: "org_sch_windwijzer",
    kind: "SCHOOL",
    name: "Basisschool De Windwijzer",
    brin: "98AK",
    boardId: "org_bst_kennemerwaard",
    gemeenteId: "org_gm0361",
    fictitious: true,
  },
  {
    id: "org_sch_kompas",
    kind: "SCHOOL",
    name: "Basisschool Het Kompas",
    brin: "98HL",
    boardId: "org_bst_kennemerwaard",
    gemeenteId: "org_gm0399",
    fictitious: true,
  },
  {
    id: "org_sch_duinroos",
    kind: "SCHOOL",
    name: "Basisschool De Duinroos",
    brin: "98BG",
    boardId: "org_bst_kennemerwaard",
    gemeenteId: "org_gm0373",
    fictitious: true,
  },
];

// ── Zorg, steunpunt en ouderinitiatieven (invented) ──────────────────────────
export const OVERIGE_ORGANISATIES: DemoOrganisation[] = [
  { id: "org_zrg_baronie", kind: "ZORGAANBIEDER", name: "Stichting Kinderzorg Baronie", fictitious: true },
  { id: "org_zrg_kennemerland", kind: "ZORGAANBIEDER", name: "Kindzorg Kennemerland", fictitious: true },
  { id: "org_zk_westbrabant", kind: "ZORGKANTOOR", name: "Zorgkantoor West-Brabant (demo)", fictitious: true },
  { id: "org_stp_passend", kind: "STEUNPUNT", name: "Steunpunt Samen naar School (demo)", fictitious: true },
  {
    id: "org_oi_breda",
    kind: "OUDERINITIATIEF",
    name: "Samen naar School Breda (geïnspireerd op Stichting MEES)",
    fictitious: true,
  },
  {
    id: "org_oi_alkmaar",
    kind: "OUDERINITIATIEF",
    name: "Samen naar School Alkmaar (geïnspireerd op De Klas op Wielen)",
    fictitious: true,
  },
];

/** In dependency order: gemeenten and besturen before the schools that refer to them. */
export const ORGANISATIONS: DemoOrganisation[] = [
  ...GEMEENTEN,
  ...SWVS,
  ...SCHOOLBESTUREN,
  ...SCHOLEN,
  ...OVERIGE_ORGANISATIES,
];

// ── Gebruikers ───────────────────────────────────────────────────────────────
export const USERS: DemoUser[] = [
  // Demo accounts named in the README / login page.
  { id: "usr_ouder", email: "ouder@demo.test", name: "Sanne de Vries" },
  { id: "usr_school", email: "school@demo.test", name: "Mark van den Berg" },
  { id: "usr_swv", email: "swv@demo.test", name: "Ingrid Janssen" },
  { id: "usr_gemeente", email: "gemeente@demo.test", name: "Peter Bakker" },
  { id: "usr_gemeente_alkmaar", email: "gemeente.alkmaar@demo.test", name: "Femke Visser" },
  { id: "usr_zorg", email: "zorg@demo.test", name: "Ahmed El Amrani" },
  { id: "usr_steunpunt", email: "steunpunt@demo.test", name: "Marieke Smit" },
  // Extra users.
  { id: "usr_ouder_zorg", email: "ouder.zorg@demo.test", name: "Joyce Hendriks" },
  { id: "usr_ouder_alkmaar", email: "ouder.alkmaar@demo.test", name: "Ruud Dekker" },
  { id: "usr_ouder_made", email: "ouder.made@demo.test", name: "Naima Bouzid" },
  { id: "usr_ouder_heiloo", email: "ouder.heiloo@demo.test", name: "Lotte Schouten" },
  { id: "usr_stichting_breda", email: "stichting@demo.test", name: "Linda Mulder" },
  { id: "usr_leerkracht", email: "leerkracht@demo.test", name: "Tom Willems" },
  { id: "usr_bestuur", email: "bestuur@demo.test", name: "Hanneke Peeters" },
  { id: "usr_swv_lezer", email: "swv.lezer@demo.test", name: "Kees Verhoeven" },
  { id: "usr_gemeente_lezer", email: "gemeente.lezer@demo.test", name: "Eva Meijer" },
  { id: "usr_swv_alkmaar", email: "swv.alkmaar@demo.test", name: "Esther Kok" },
  { id: "usr_school_alkmaar", email: "school.alkmaar@demo.test", name: "Bas de Groot" },
  { id: "usr_zorgkantoor", email: "zorgkantoor@demo.test", name: "Wim Brouwer" },
];

function membership(userId: string, organisationId: string, role: MemberRole): DemoMembership {
  return {
    id: `mem_${userId.replace(/^usr_/, "")}_${organisationId.replace(/^org_/, "")}`,
    userId,
    organisationId,
    role,
  };
}

// usr_ouder, usr_ouder_made and usr_ouder_heiloo deliberately have no membership.
export const MEMBERSHIPS: DemoMembership[] = [
  membership("usr_school", "org_sch_vlinderboom", "BEHEERDER"),
  membership("usr_leerkracht", "org_sch_vlinderboom", "MEDEWERKER"),
  membership("usr_bestuur", "org_bst_markdal", "BEHEERDER"),
  membership("usr_swv", "org_swv_breda", "BEHEERDER"),
  membership("usr_swv_lezer", "org_swv_breda", "LEZER"),
  membership("usr_gemeente", "org_gm0758", "BEHEERDER"),
  membership("usr_gemeente_lezer", "org_gm0758", "LEZER"),
  membership("usr_gemeente_alkmaar", "org_gm0361", "BEHEERDER"),
  membership("usr_zorg", "org_zrg_baronie", "BEHEERDER"),
  membership("usr_ouder_zorg", "org_zrg_baronie", "MEDEWERKER"),
  membership("usr_zorgkantoor", "org_zk_westbrabant", "MEDEWERKER"),
  membership("usr_steunpunt", "org_stp_passend", "BEHEERDER"),
  membership("usr_stichting_breda", "org_oi_breda", "BEHEERDER"),
  membership("usr_ouder_alkmaar", "org_oi_alkmaar", "BEHEERDER"),
  membership("usr_swv_alkmaar", "org_swv_alkmaar", "BEHEERDER"),
  membership("usr_school_alkmaar", "org_sch_windwijzer", "BEHEERDER"),
];

function org(initiativeId: string, organisationId: string, role: Exclude<ParticipantRole, "OUDER">): DemoParticipant {
  return {
    id: `par_${initiativeId.replace(/^ini_/, "")}_${organisationId.replace(/^org_/, "")}`,
    organisationId,
    role,
  };
}
function ouder(initiativeId: string, userId: string): DemoParticipant {
  return { id: `par_${initiativeId.replace(/^ini_/, "")}_${userId.replace(/^usr_/, "")}`, userId, role: "OUDER" };
}

// ── Initiatieven ─────────────────────────────────────────────────────────────
export const INITIATIVES: DemoInitiative[] = [
  {
    id: "ini_breda",
    name: "Samen naar School Breda – De Vlinderboom",
    summary:
      "Ouders van zes kinderen met een ernstig meervoudige beperking (EMB) willen dat hun kinderen in de wijk naar school gaan. " +
      "Basisschool De Vlinderboom richt een eigen groep in; de kinderen doen mee met gym, muziek en de weekopening. " +
      "We kiezen nu tussen scenario 1 (integraal onderwijszorgarrangement) en een nevenvestiging van een SO-school, " +
      "en brengen per kind de onderwijs- en zorgbehoeften in kaart.",
    phase: "VOORBEREIDING",
    hostSchoolId: "org_sch_vlinderboom",
    swvId: "org_swv_breda",
    createdById: "usr_ouder",
    gemeenteIds: ["org_gm0758"],
    participants: [
      org("ini_breda", "org_oi_breda", "INITIATIEFNEMER"),
      org("ini_breda", "org_sch_vlinderboom", "SCHOOL"),
      org("ini_breda", "org_bst_markdal", "SCHOOLBESTUUR"),
      org("ini_breda", "org_swv_breda", "SWV"),
      org("ini_breda", "org_gm0758", "GEMEENTE"),
      org("ini_breda", "org_zrg_baronie", "ZORGAANBIEDER"),
      org("ini_breda", "org_zk_westbrabant", "ZORGKANTOOR"),
      ouder("ini_breda", "usr_ouder"),
      ouder("ini_breda", "usr_ouder_zorg"),
      ouder("ini_breda", "usr_stichting_breda"),
    ],
  },
  {
    id: "ini_alkmaar",
    name: "Klas op Wielen Alkmaar – De Windwijzer",
    summary:
      "Sinds dit schooljaar draait in Basisschool De Windwijzer een groep voor acht kinderen met intensieve zorgvragen uit Alkmaar en Heiloo. " +
      "Een leerkracht en twee zorgbegeleiders van Kindzorg Kennemerland werken samen; de kinderen sluiten aan bij de groepen 1-2 en 3. " +
      "Het onderwijszorgarrangement is rond; nu staan het OPP per kind, leerlingenvervoer en zorg in de vakanties centraal.",
    phase: "UITVOERING",
    hostSchoolId: "org_sch_windwijzer",
    swvId: "org_swv_alkmaar",
    createdById: "usr_ouder_alkmaar",
    gemeenteIds: ["org_gm0361", "org_gm0399"],
    participants: [
      org("ini_alkmaar", "org_oi_alkmaar", "INITIATIEFNEMER"),
      org("ini_alkmaar", "org_sch_windwijzer", "SCHOOL"),
      org("ini_alkmaar", "org_bst_kennemerwaard", "SCHOOLBESTUUR"),
      org("ini_alkmaar", "org_swv_alkmaar", "SWV"),
      org("ini_alkmaar", "org_gm0361", "GEMEENTE"),
      org("ini_alkmaar", "org_gm0399", "GEMEENTE"),
      org("ini_alkmaar", "org_zrg_kennemerland", "ZORGAANBIEDER"),
      ouder("ini_alkmaar", "usr_ouder_alkmaar"),
    ],
  },
  {
    id: "ini_made",
    name: "Samen naar School Made",
    summary:
      "Twee ouders uit Made verkennen of hun kinderen samen naar Basisschool Het Biesbosje kunnen. " +
      "Het schoolteam is enthousiast; de volgende stap is het informeren van het samenwerkingsverband en de gemeente Drimmelen " +
      "en een beeld op hoofdlijnen maken van doelgroep, meerwaarde en benodigde ondersteuning.",
    phase: "VERKENNING",
    hostSchoolId: "org_sch_biesbosje",
    swvId: "org_swv_breda",
    createdById: "usr_ouder_made",
    gemeenteIds: ["org_gm1719"],
    participants: [org("ini_made", "org_sch_biesbosje", "SCHOOL"), ouder("ini_made", "usr_ouder_made")],
  },
  {
    id: "ini_heiloo",
    name: "Samen naar School Heiloo – Het Kompas",
    summary:
      "Ouders uit Heiloo en Bergen hebben met Het Kompas gekozen voor scenario 1 en voor zorg door een bestaande, gecontracteerde zorgaanbieder. " +
      "Het bestuurlijk gesprek met de gemeenten, het samenwerkingsverband en het schoolbestuur is gevoerd; " +
      "in het praktijkgesprek maken school, zorgaanbieder en ouders nu afspraken over de dagelijkse gang van zaken.",
    phase: "INRICHTING",
    hostSchoolId: "org_sch_kompas",
    swvId: "org_swv_alkmaar",
    createdById: "usr_ouder_heiloo",
    gemeenteIds: ["org_gm0399", "org_gm0373"],
    participants: [
      org("ini_heiloo", "org_sch_kompas", "SCHOOL"),
      org("ini_heiloo", "org_bst_kennemerwaard", "SCHOOLBESTUUR"),
      org("ini_heiloo", "org_swv_alkmaar", "SWV"),
      org("ini_heiloo", "org_gm0399", "GEMEENTE"),
      org("ini_heiloo", "org_gm0373", "GEMEENTE"),
      org("ini_heiloo", "org_zrg_kennemerland", "ZORGAANBIEDER"),
      ouder("ini_heiloo", "usr_ouder_heiloo"),
    ],
  },
  {
    id: "ini_oosterhout",
    name: "Samen naar School Oosterhout – De Zonnewijzer",
    summary:
      "Al vier jaar gaan kinderen met EMB samen naar De Zonnewijzer. Het arrangement wordt jaarlijks geëvalueerd en vernieuwd; " +
      "de school borgt de werkwijze in de schoolgids en werkt aan een vaste plek voor de groep in de nieuwbouw.",
    phase: "BORGING",
    hostSchoolId: "org_sch_zonnewijzer",
    swvId: "org_swv_breda",
    createdById: "usr_bestuur",
    gemeenteIds: ["org_gm0826"],
    participants: [
      org("ini_oosterhout", "org_sch_zonnewijzer", "SCHOOL"),
      org("ini_oosterhout", "org_bst_baronie", "SCHOOLBESTUUR"),
      org("ini_oosterhout", "org_swv_breda", "SWV"),
      org("ini_oosterhout", "org_gm0826", "GEMEENTE"),
      org("ini_oosterhout", "org_zrg_baronie", "ZORGAANBIEDER"),
      org("ini_oosterhout", "org_zk_westbrabant", "ZORGKANTOOR"),
    ],
  },
];
