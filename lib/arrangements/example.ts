// A worked example of an arrangement in scenario 1 (a group in a regular school in Breda):
// who pays what from which stream, and why. Used by the unit tests and usable for demo data;
// the organisation ids are placeholders, not database ids.
import type { ArrangementLine, ArrangementVersionMeta } from "./types";

export const EXAMPLE_ORGANISATIONS = {
  schoolbestuur: "org-schoolbestuur-breda",
  swv: "org-swv-breda",
  gemeenteBreda: "org-gemeente-breda",
  zorgkantoor: "org-zorgkantoor-west-brabant",
  zorgaanbieder: "org-zorgaanbieder-samen",
} as const;

const o = EXAMPLE_ORGANISATIONS;

export const EXAMPLE_META: ArrangementVersionMeta = {
  scenario: "SCENARIO_1",
  periodStart: "2026-08-24",
  periodEnd: "2027-07-16",
  groupSize: 8,
};

export const EXAMPLE_LINES: ArrangementLine[] = [
  {
    lineKey: "onderwijs-leerkracht",
    component: "ONDERWIJS",
    description: "Leerkracht voor de groep, 0,8 fte",
    fundingStream: "ONDERWIJSBEKOSTIGING",
    payerOrganisationId: o.schoolbestuur,
    providerOrganisationId: o.schoolbestuur,
    hoursPerWeek: 32,
    amountCentsPerYear: 6_240_000,
    rationale: "Onderwijs geven is de kerntaak van de school en wordt uit de lumpsum van het bestuur betaald.",
  },
  {
    lineKey: "onderwijs-ib",
    component: "ONDERWIJSONDERSTEUNING",
    description: "Intern begeleider: OPP's opstellen en evalueren",
    fundingStream: "ONDERWIJSBEKOSTIGING",
    payerOrganisationId: o.schoolbestuur,
    providerOrganisationId: o.schoolbestuur,
    hoursPerWeek: 4,
    amountCentsPerYear: null,
    rationale: "Het OPP hoort bij de basisondersteuning van de school; de uren vallen in de bestaande formatie.",
  },
  {
    lineKey: "swv-onderwijsassistent",
    component: "ONDERWIJSONDERSTEUNING",
    description: "Onderwijsassistent in de groep",
    fundingStream: "SWV_BUDGET",
    payerOrganisationId: o.swv,
    providerOrganisationId: o.schoolbestuur,
    hoursPerWeek: 24.5,
    amountCentsPerYear: 4_150_050,
    rationale:
      "Extra ondersteuning die het volgen van onderwijs mogelijk maakt: vergelijkbaar met wat een SO-school per TLV krijgt.",
  },
  {
    lineKey: "jeugdwet-begeleiding",
    component: "BEGELEIDING",
    description: "Groepsbegeleiding jeugdhulp tijdens schooltijd",
    fundingStream: "JEUGDWET",
    payerOrganisationId: o.gemeenteBreda,
    providerOrganisationId: o.zorgaanbieder,
    hoursPerWeek: 20,
    amountCentsPerYear: 5_600_000,
    rationale:
      "Aanvullende begeleiding bij gedrag en zelfredzaamheid gaat verder dan onderwijsondersteuning: jeugdhulp.",
  },
  {
    lineKey: "wmo-verzorgingsruimte",
    component: "AANPASSING_HUISVESTING",
    description: "Verzorgingsruimte met tillift",
    fundingStream: "WMO",
    payerOrganisationId: o.gemeenteBreda,
    providerOrganisationId: o.schoolbestuur,
    hoursPerWeek: null,
    amountCentsPerYear: 1_250_000,
    rationale: "De gemeente heeft in het bestuurlijk overleg toegezegd de voorziening als Wmo-maatwerk te bekostigen.",
  },
  {
    lineKey: "wlz-verzorging",
    component: "PERSOONLIJKE_VERZORGING",
    description: "Persoonlijke verzorging en verpleegkundige handelingen voor drie kinderen met een Wlz-indicatie",
    fundingStream: "WLZ",
    payerOrganisationId: o.zorgkantoor,
    providerOrganisationId: o.zorgaanbieder,
    hoursPerWeek: 15,
    amountCentsPerYear: 3_900_000,
    rationale: "Langdurige zorg voor kinderen met een Wlz-indicatie wordt door het zorgkantoor betaald, ook op school.",
  },
];
