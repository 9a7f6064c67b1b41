// What changed between two versions of an arrangement, line by line (matched on lineKey), and
// how the yearly amounts per funding stream moved.
import { normalizedFieldValue } from "./carry-over";
import {
  FUNDING_STREAMS,
  LINE_CONTENT_FIELDS,
  type ArrangementLine,
  type FundingStream,
  type LineContentField,
} from "./types";

export interface FieldChange {
  field: LineContentField;
  from: ArrangementLine[LineContentField];
  to: ArrangementLine[LineContentField];
}

export interface StreamDifference {
  fundingStream: FundingStream;
  fromCentsPerYear: number;
  toCentsPerYear: number;
  differenceCentsPerYear: number;
}

export interface VersionComparison {
  /** Lines only in the newer version, in its order. */
  added: ArrangementLine[];
  /** Lines only in the older version, in its order. */
  removed: ArrangementLine[];
  /** Lines in both whose content differs, in the newer version's order. */
  changed: { lineKey: string; fields: FieldChange[] }[];
  /** Sum of amountCentsPerYear per stream in either version (FUNDING_STREAMS order), zero differences included. */
  streamDifferences: StreamDifference[];
}

export function compareVersions(from: readonly ArrangementLine[], to: readonly ArrangementLine[]): VersionComparison {
  const before = new Map(from.map((line) => [line.lineKey, line]));
  const after = new Map(to.map((line) => [line.lineKey, line]));

  const changed: VersionComparison["changed"] = [];
  for (const line of to) {
    const old = before.get(line.lineKey);
    if (!old) continue;
    const fields = LINE_CONTENT_FIELDS.filter(
      (f) => normalizedFieldValue(f, old[f]) !== normalizedFieldValue(f, line[f]),
    ).map((field): FieldChange => ({ field, from: old[field], to: line[field] }));
    if (fields.length > 0) changed.push({ lineKey: line.lineKey, fields });
  }

  return {
    added: to.filter((line) => !before.has(line.lineKey)),
    removed: from.filter((line) => !after.has(line.lineKey)),
    changed,
    streamDifferences: streamDifferences(from, to),
  };
}

function centsPerStream(lines: readonly ArrangementLine[]): Map<FundingStream, number> {
  const sums = new Map<FundingStream, number>();
  for (const line of lines)
    sums.set(line.fundingStream, (sums.get(line.fundingStream) ?? 0) + (line.amountCentsPerYear ?? 0));
  return sums;
}

function streamDifferences(from: readonly ArrangementLine[], to: readonly ArrangementLine[]): StreamDifference[] {
  const a = centsPerStream(from);
  const b = centsPerStream(to);
  return FUNDING_STREAMS.filter((s) => a.has(s) || b.has(s)).map((fundingStream) => {
    const fromCentsPerYear = a.get(fundingStream) ?? 0;
    const toCentsPerYear = b.get(fundingStream) ?? 0;
    return {
      fundingStream,
      fromCentsPerYear,
      toCentsPerYear,
      differenceCentsPerYear: toCentsPerYear - fromCentsPerYear,
    };
  });
}
