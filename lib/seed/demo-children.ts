// Invented children for the demo initiatives (marked fictitious), chosen so that every
// need-to-know rule can be seen by signing in as the demo accounts (README: "Who sees which child").
import type { ChildDecisionStatus, ConsentScope, FundingStream, TlvCategory } from "../generated/prisma/enums";

export interface DemoCare {
  id: string;
  fundingStream: FundingStream;
  status: ChildDecisionStatus;
  periodStart?: string;
  periodEnd?: string;
  hoursPerWeekHundredths?: number;
  budgetCentsPerYear?: number;
  providerOrganisationId?: string;
}

export interface DemoConsent {
  id: string;
  organisationId: string;
  scope: ConsentScope;
  endsOn?: string;
  /** Given this many days before the seed ran (history reads naturally). */
  givenDaysAgo: number;
  withdrawnDaysAgo?: number;
}

export interface DemoChild {
  id: string;
  initiativeId: string;
  displayName: string;
  birthYear: number;
  /** Confirmed guardians; the first one added the child. */
  guardianUserIds: string[];
  /** The guardian who confirmed the others (the founding parent vouches for themself). */
  confirmedById: string;
  schoolId?: string;
  enrolledOn?: string;
  tlvStatus?: ChildDecisionStatus;
  tlvCategory?: TlvCategory;
  tlvFrom?: string;
  tlvTo?: string;
  tlvDecidedOn?: string;
  oppPresent?: boolean;
  oppEvaluatedOn?: string;
  oppDeviatesFromTeachingTime?: boolean;
  oppDeviationReason?: string;
  care: DemoCare[];
  consents: DemoConsent[];
}

export const CHILDREN: DemoChild[] = [
  // Breda: Sanne (ouder@) lets the school see Noor's education, not the care provider.
  {
    id: "chd_breda_noor",
    initiativeId: "ini_breda",
    displayName: "Noor",
    birthYear: 2018,
    guardianUserIds: ["usr_ouder"],
    confirmedById: "usr_ouder",
    schoolId: "org_sch_vlinderboom",
    enrolledOn: "2027-08-23",
    tlvStatus: "TOEGEKEND",
    tlvCategory: "HOOG",
    tlvFrom: "2026-08-01",
    tlvTo: "2030-07-31",
    tlvDecidedOn: "2026-06-15",
    oppPresent: true,
    oppEvaluatedOn: "2026-10-05",
    oppDeviatesFromTeachingTime: true,
    oppDeviationReason: "Na de lunch een rustmoment van een uur; daardoor 22 in plaats van 25 uur onderwijstijd.",
    care: [
      {
        id: "chc_breda_noor_wlz",
        fundingStream: "WLZ",
        status: "TOEGEKEND",
        periodStart: "2026-01-01",
        periodEnd: "2028-12-31",
        hoursPerWeekHundredths: 2000,
        providerOrganisationId: "org_zrg_baronie",
      },
    ],
    consents: [
      { id: "cns_noor_vlinderboom", organisationId: "org_sch_vlinderboom", scope: "ONDERWIJS", givenDaysAgo: 40 },
    ],
  },
  // Breda: Linda (stichting@, a parent and beheerder of the parents' own stichting) shares more.
  {
    id: "chd_breda_daan",
    initiativeId: "ini_breda",
    displayName: "Daan",
    birthYear: 2019,
    guardianUserIds: ["usr_stichting_breda"],
    confirmedById: "usr_ouder",
    schoolId: "org_sch_vlinderboom",
    tlvStatus: "AANGEVRAAGD",
    oppPresent: false,
    care: [
      {
        id: "chc_breda_daan_jw",
        fundingStream: "JEUGDWET",
        status: "TOEGEKEND",
        periodStart: "2026-09-01",
        periodEnd: "2027-08-31",
        budgetCentsPerYear: 1_850_000,
        hoursPerWeekHundredths: 1250,
        providerOrganisationId: "org_zrg_baronie",
      },
    ],
    consents: [
      { id: "cns_daan_vlinderboom", organisationId: "org_sch_vlinderboom", scope: "ONDERWIJS", givenDaysAgo: 30 },
      { id: "cns_daan_baronie", organisationId: "org_zrg_baronie", scope: "ZORG", givenDaysAgo: 30 },
      { id: "cns_daan_gemeente", organisationId: "org_gm0758", scope: "FINANCIERING", givenDaysAgo: 12 },
    ],
  },
  // Alkmaar: Ruud (ouder.alkmaar@) withdrew the gemeente's consent for Mila; Jesse's ends in summer.
  {
    id: "chd_alkmaar_mila",
    initiativeId: "ini_alkmaar",
    displayName: "Mila",
    birthYear: 2017,
    guardianUserIds: ["usr_ouder_alkmaar"],
    confirmedById: "usr_ouder_alkmaar",
    schoolId: "org_sch_windwijzer",
    enrolledOn: "2026-08-24",
    tlvStatus: "TOEGEKEND",
    tlvCategory: "MIDDEN",
    tlvFrom: "2026-08-01",
    tlvTo: "2029-07-31",
    tlvDecidedOn: "2026-05-20",
    oppPresent: true,
    oppEvaluatedOn: "2026-11-02",
    care: [
      {
        id: "chc_alkmaar_mila_wlz",
        fundingStream: "WLZ",
        status: "TOEGEKEND",
        periodStart: "2025-01-01",
        hoursPerWeekHundredths: 1600,
        providerOrganisationId: "org_zrg_kennemerland",
      },
    ],
    consents: [
      { id: "cns_mila_windwijzer", organisationId: "org_sch_windwijzer", scope: "ONDERWIJS", givenDaysAgo: 120 },
      { id: "cns_mila_kennemerland", organisationId: "org_zrg_kennemerland", scope: "ZORG", givenDaysAgo: 120 },
      {
        id: "cns_mila_gemeente",
        organisationId: "org_gm0361",
        scope: "FINANCIERING",
        givenDaysAgo: 120,
        withdrawnDaysAgo: 20,
      },
    ],
  },
  {
    id: "chd_alkmaar_jesse",
    initiativeId: "ini_alkmaar",
    displayName: "Jesse",
    birthYear: 2018,
    guardianUserIds: ["usr_ouder_alkmaar"],
    confirmedById: "usr_ouder_alkmaar",
    schoolId: "org_sch_windwijzer",
    enrolledOn: "2026-08-24",
    tlvStatus: "TOEGEKEND",
    tlvCategory: "LAAG",
    tlvFrom: "2026-08-01",
    tlvTo: "2027-07-31",
    tlvDecidedOn: "2026-06-01",
    oppPresent: true,
    oppEvaluatedOn: "2026-09-28",
    care: [],
    consents: [
      {
        id: "cns_jesse_windwijzer",
        organisationId: "org_sch_windwijzer",
        scope: "ONDERWIJS",
        endsOn: "2027-07-31",
        givenDaysAgo: 90,
      },
    ],
  },
];
