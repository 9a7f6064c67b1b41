// An arrangement (integraal onderwijs-zorgarrangement) belongs to an initiative and has
// versions. A version fixes a scenario, a period, a group size and lines; every line says
// what is delivered, who pays it from which funding stream, who provides it, and why that
// stream pays for it (the rationale the rechtmatigheid audit asks for). See DOMAIN.md,
// "Integral arranging and financing".
import type { Scenario } from "../stappenplan/template-types";
import type { IsoDate } from "./dates";

export type { IsoDate } from "./dates";
export type { Scenario } from "../stappenplan/template-types";

/** What a line delivers. */
export const COMPONENTS = [
  "ONDERWIJS",
  "ONDERWIJSONDERSTEUNING",
  "BEGELEIDING",
  "PERSOONLIJKE_VERZORGING",
  "VERPLEGING",
  "BEHANDELING",
  "VERVOER",
  "AANPASSING_HUISVESTING",
  "COORDINATIE",
  "OVERIG",
] as const;
export type Component = (typeof COMPONENTS)[number];

/** Where the money for a line comes from. */
export const FUNDING_STREAMS = [
  "ONDERWIJSBEKOSTIGING",
  "SWV_BUDGET",
  "JEUGDWET",
  "WMO",
  "ZVW",
  "WLZ",
  "PGB",
  "SUBSIDIE_OVERIG",
] as const;
export type FundingStream = (typeof FUNDING_STREAMS)[number];

/** Education funding: the school board's lump sum and the SWV's support budget. */
export const EDUCATION_STREAMS = ["ONDERWIJSBEKOSTIGING", "SWV_BUDGET"] as const satisfies readonly FundingStream[];
export type EducationStream = (typeof EDUCATION_STREAMS)[number];

/** Everything else counts as care money (Jeugdwet, Wmo, Zvw, Wlz, pgb, other subsidies). */
export const CARE_STREAMS = FUNDING_STREAMS.filter(
  (s): s is Exclude<FundingStream, EducationStream> => !(EDUCATION_STREAMS as readonly string[]).includes(s),
);
export type CareStream = Exclude<FundingStream, EducationStream>;

export function isEducationStream(stream: FundingStream): stream is EducationStream {
  return (EDUCATION_STREAMS as readonly string[]).includes(stream);
}

/** Components that are education (or make following education possible). */
export const EDUCATION_COMPONENTS = ["ONDERWIJS", "ONDERWIJSONDERSTEUNING"] as const satisfies readonly Component[];
/** Components that are care: guidance, personal care, nursing, treatment. */
export const CARE_COMPONENTS = [
  "BEGELEIDING",
  "PERSOONLIJKE_VERZORGING",
  "VERPLEGING",
  "BEHANDELING",
] as const satisfies readonly Component[];
/**
 * Transport, building adaptations, coordination and other costs are neither by nature:
 * who pays them is negotiated per case, so they are never flagged as an unusual split.
 */
export type ComponentSide = "EDUCATION" | "CARE" | "EITHER";

export function componentSide(component: Component): ComponentSide {
  if ((EDUCATION_COMPONENTS as readonly string[]).includes(component)) return "EDUCATION";
  if ((CARE_COMPONENTS as readonly string[]).includes(component)) return "CARE";
  return "EITHER";
}

/**
 * An education component paid from a care stream, or a care component paid from education
 * money. Allowed (the line is negotiated, not fixed by law) but worth a hint asking for a
 * clear rationale.
 */
export function isUnusualSplit(component: Component, stream: FundingStream): boolean {
  const side = componentSide(component);
  if (side === "EITHER") return false;
  return (side === "EDUCATION") !== isEducationStream(stream);
}

export interface ArrangementLine {
  /** Stable across versions: the same line in a later version keeps its key. */
  lineKey: string;
  component: Component;
  description: string;
  fundingStream: FundingStream;
  payerOrganisationId: string;
  providerOrganisationId: string;
  /** At most two decimals. */
  hoursPerWeek: number | null;
  /** Integer cents per year. */
  amountCentsPerYear: number | null;
  /** Why this stream pays for this part. */
  rationale: string;
}

/** The fields of a line that carry meaning; a change in any of them is a change of the line. */
export const LINE_CONTENT_FIELDS = [
  "component",
  "description",
  "fundingStream",
  "payerOrganisationId",
  "providerOrganisationId",
  "hoursPerWeek",
  "amountCentsPerYear",
  "rationale",
] as const satisfies readonly (keyof ArrangementLine)[];
export type LineContentField = (typeof LINE_CONTENT_FIELDS)[number];

export interface ArrangementVersionMeta {
  scenario: Scenario;
  /** First day of the period. */
  periodStart: IsoDate;
  /** Last day of the period (inclusive). */
  periodEnd: IsoDate;
  groupSize: number;
}

export interface ArrangementVersion extends ArrangementVersionMeta {
  /** 1, 2, 3 …; a change after approval makes a new version. */
  versionNumber: number;
  lines: ArrangementLine[];
}

/**
 * A party's approval. `versionSeen` is the version the reviewer looked at; when an approval
 * carries over to a later version it keeps the version it was given on, so the UI can show
 * "approved on version 2, unchanged since".
 */
export interface Approval {
  partyKey: string;
  versionSeen: number;
}

export const VERSION_STATUSES = ["CONCEPT", "TER_BEOORDELING", "VASTGESTELD", "ACTIEF", "TE_EVALUEREN"] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];
