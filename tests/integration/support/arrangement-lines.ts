// A realistic arrangement for the Breda demo initiative: education paid by the board, extra
// support by the SWV, begeleiding by gemeente Breda (Jeugdwet), verzorging by the zorgkantoor.
import type { ArrangementLine } from "../../../lib/arrangements/types";
import { ID } from "../../support/demo";

export const META = {
  scenario: "SCENARIO_1" as const,
  periodStart: "2027-08-01",
  periodEnd: "2028-07-31",
  groupSize: 6,
};

export const arrangementLine = (lineKey: string, over: Partial<ArrangementLine> = {}): ArrangementLine => ({
  lineKey,
  component: "ONDERWIJS",
  description: "Leerkracht en onderwijsassistent voor de groep",
  fundingStream: "ONDERWIJSBEKOSTIGING",
  payerOrganisationId: ID.markdal,
  providerOrganisationId: ID.vlinderboom,
  hoursPerWeek: 26,
  amountCentsPerYear: 9_500_000,
  rationale: "Onderwijs in de groep is een taak van het schoolbestuur.",
  ...over,
});

export const BREDA_LINES: ArrangementLine[] = [
  arrangementLine("onderwijs"),
  arrangementLine("swv", {
    component: "ONDERWIJSONDERSTEUNING",
    fundingStream: "SWV_BUDGET",
    payerOrganisationId: ID.swvBreda,
    amountCentsPerYear: 6_000_000,
    rationale: "Extra ondersteuning, vergelijkbaar met wat een SO-school voor een TLV krijgt.",
  }),
  arrangementLine("jeugdwet", {
    component: "BEGELEIDING",
    description: "Individuele begeleiding in de klas",
    fundingStream: "JEUGDWET",
    payerOrganisationId: ID.gemeenteBreda,
    providerOrganisationId: ID.kinderzorgBaronie,
    amountCentsPerYear: 12_000_000,
    rationale: "Individuele begeleiding gaat verder dan het onderwijsondersteunende deel.",
  }),
  arrangementLine("wlz", {
    component: "PERSOONLIJKE_VERZORGING",
    description: "Persoonlijke verzorging tijdens schooltijd",
    fundingStream: "WLZ",
    payerOrganisationId: ID.zorgkantoorWestBrabant,
    providerOrganisationId: ID.kinderzorgBaronie,
    amountCentsPerYear: 8_000_000,
    rationale: "Langdurige persoonlijke verzorging valt onder de Wlz.",
  }),
];
