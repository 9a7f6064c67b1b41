// Forms post a concept as flat fields ("scenario", "lines.0.description", "lines.1.amount"…);
// the schema wants `lines` as an array. formToConcept turns the one into the other before
// parsing. Rows are ordered by their index (gaps from removed rows close up); a row without a
// lineKey is a new line and gets a fresh random key, existing rows keep theirs, so versions
// can still be compared line by line.
import { z } from "zod";
import { MAX_LINES, uniqueLineKeys, ZArrangementLineInput, ZArrangementVersionMeta } from "./schemas";

const LINE_FIELD = /^lines\.(\d{1,4})\.([A-Za-z]+)$/;

export function newLineKey(): string {
  return `l_${crypto.randomUUID().replace(/-/g, "").slice(0, 16)}`;
}

export function formToConcept(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  if (Array.isArray((input as { lines?: unknown }).lines)) return input; // already structured (calls from code)
  const out: Record<string, unknown> = {};
  const rows = new Map<number, Record<string, unknown>>();
  for (const [key, value] of Object.entries(input)) {
    const m = LINE_FIELD.exec(key);
    if (!m) {
      if (!key.startsWith("lines.")) out[key] = value;
      continue;
    }
    const index = Number(m[1]);
    const row = rows.get(index) ?? {};
    row[m[2]!] = value;
    rows.set(index, row);
  }
  out.lines = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => ({
      ...row,
      lineKey: typeof row.lineKey === "string" && row.lineKey.trim() !== "" ? row.lineKey : newLineKey(),
    }));
  return out;
}

/** The lines of a concept as a form sends them: at least one, unique keys. */
export const ZConceptLines = z
  .array(ZArrangementLineInput, { error: "invalid" })
  .min(1, { error: "linesRequired" })
  .max(MAX_LINES, { error: "tooManyLines" })
  .superRefine(uniqueLineKeys);

const id = z.string({ error: "invalid" }).trim().min(1, { error: "invalid" }).max(64, { error: "invalid" });

/** Meta fields at the top level (their errors sit on "scenario", "periodEnd"…), lines under "lines.<i>.<field>". */
export function conceptForm<T extends z.ZodRawShape>(extra: T) {
  return z.preprocess(
    formToConcept,
    z.intersection(ZArrangementVersionMeta, z.object({ ...extra, lines: ZConceptLines })),
  );
}

export const ZCreateArrangement = conceptForm({ initiativeId: id });
export const ZSaveConcept = conceptForm({
  initiativeId: id,
  versionId: id,
  lockVersion: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" }),
});
export const ZStartRevision = z.object({ initiativeId: id, arrangementId: id });
export const ZSubmitForReview = z.object({
  initiativeId: id,
  versionId: id,
  lockVersion: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" }),
});
/** A guardian approves for one child of the group (`childId`); an organisation leaves it out. */
export const ZApproveVersion = z.object({
  initiativeId: id,
  versionId: id,
  childId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
});
export const ZRequestChanges = z.object({
  initiativeId: id,
  versionId: id,
  lineKey: id,
  comment: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(2000, { error: "tooLong" }),
});

/**
 * The same schema for the browser, where the editor holds its rows as an array: a row typed
 * but never saved has no lineKey yet (the server gives it one), so it is checked under a
 * provisional key that cannot clash with a stored one.
 */
export function withProvisionalLineKeys<S extends z.ZodType>(schema: S) {
  return z.preprocess((input) => {
    const lines = (input as { lines?: unknown } | null)?.lines;
    if (!Array.isArray(lines)) return input;
    return {
      ...(input as object),
      lines: lines.map((row: Record<string, unknown>, i) =>
        typeof row?.lineKey === "string" && row.lineKey.trim() !== "" ? row : { ...row, lineKey: `new-${i}` },
      ),
    };
  }, schema);
}
