// Between database rows and the pure domain types of lib/arrangements.
import type { ArrangementLine as LineRow, ArrangementVersion as VersionRow } from "../../generated/prisma/client";
import { dateOnly } from "../../time/date-only";
import type { ArrangementLine, ArrangementVersionMeta } from "../types";

export function lineFromRow(row: LineRow): ArrangementLine {
  return {
    lineKey: row.lineKey,
    component: row.component,
    description: row.description,
    fundingStream: row.fundingStream,
    payerOrganisationId: row.payerOrganisationId,
    providerOrganisationId: row.providerOrganisationId,
    hoursPerWeek: row.hoursPerWeekHundredths === null ? null : row.hoursPerWeekHundredths / 100,
    amountCentsPerYear: row.amountCentsPerYear,
    rationale: row.rationale,
  };
}

export function lineToRow(line: ArrangementLine, versionId: string, position: number) {
  return {
    versionId,
    lineKey: line.lineKey,
    position,
    component: line.component,
    description: line.description,
    fundingStream: line.fundingStream,
    payerOrganisationId: line.payerOrganisationId,
    providerOrganisationId: line.providerOrganisationId,
    hoursPerWeekHundredths: line.hoursPerWeek === null ? null : Math.round(line.hoursPerWeek * 100),
    amountCentsPerYear: line.amountCentsPerYear,
    rationale: line.rationale,
  };
}

export function metaFromRow(
  row: Pick<VersionRow, "scenario" | "periodStart" | "periodEnd" | "groupSize">,
): ArrangementVersionMeta {
  return {
    scenario: row.scenario,
    periodStart: dateOnly(row.periodStart),
    periodEnd: dateOnly(row.periodEnd),
    groupSize: row.groupSize,
  };
}
