// zod schemas for arrangement lines and version metadata. Errors are message keys (to be
// translated under "validation"); every key used here is listed in ARRANGEMENT_VALIDATION_KEYS.
import { z } from "zod";
import { SCENARIOS } from "../stappenplan/template-types";
import { isIsoDate } from "./dates";
import { parseEuroToCents } from "./money";
import { COMPONENTS, FUNDING_STREAMS, type ArrangementLine } from "./types";

export { formatCents, parseEuroToCents } from "./money";

/** €10,000,000 per year per line: anything above is a typing mistake, not an arrangement. */
export const MAX_AMOUNT_CENTS_PER_YEAR = 1_000_000_000;
export const MAX_HOURS_PER_WEEK = 60;
export const MAX_GROUP_SIZE = 40;
export const MAX_LINES = 200;

export const ARRANGEMENT_VALIDATION_KEYS = [
  "required",
  "invalid",
  "tooLong",
  "chooseOption",
  "chooseOrganisation",
  "dateInvalid",
  "dateOutOfRange",
  "periodEndBeforeStart",
  "groupSizeInvalid",
  "groupSizeTooSmall",
  "groupSizeTooLarge",
  "rationaleRequired",
  "rationaleTooShort",
  "amountInvalid",
  "amountNegative",
  "amountTooLarge",
  "hoursInvalid",
  "hoursNegative",
  "hoursTooLarge",
  "volumeRequired",
  "linesRequired",
  "tooManyLines",
  "lineKeyDuplicate",
] as const;
export type ArrangementValidationKey = (typeof ARRANGEMENT_VALIDATION_KEYS)[number];

/** A trimmed text of min..max characters with one error per problem (empty, too short, too long). */
function text(min: number, max: number, errors: { empty: ArrangementValidationKey; short?: ArrangementValidationKey }) {
  return z
    .string({ error: errors.empty })
    .trim()
    .superRefine((v, ctx) => {
      if (v.length === 0) ctx.addIssue({ code: "custom", message: errors.empty });
      else if (v.length < min) ctx.addIssue({ code: "custom", message: errors.short ?? errors.empty });
      else if (v.length > max) ctx.addIssue({ code: "custom", message: "tooLong" });
    });
}

const lineKey = z
  .string({ error: "invalid" })
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "invalid" });
const organisationId = z
  .string({ error: "chooseOrganisation" })
  .trim()
  .min(1, { error: "chooseOrganisation" })
  .max(64, { error: "invalid" });

const cents = z
  .number({ error: "amountInvalid" })
  .int({ error: "amountInvalid" })
  .min(0, { error: "amountNegative" })
  .max(MAX_AMOUNT_CENTS_PER_YEAR, { error: "amountTooLarge" });

const hasAtMostTwoDecimals = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;
const hours = z
  .number({ error: "hoursInvalid" })
  .refine(hasAtMostTwoDecimals, { error: "hoursInvalid", abort: true })
  .min(0, { error: "hoursNegative" })
  .max(MAX_HOURS_PER_WEEK, { error: "hoursTooLarge" });

/** Euro text from a form ("12.345,67"); empty means no amount. */
const euroText = z
  .string({ error: "amountInvalid" })
  .nullish()
  .transform((v, ctx) => {
    if (v === null || v === undefined || v.trim() === "") return null;
    const parsed = parseEuroToCents(v);
    if (parsed === null) ctx.addIssue({ code: "custom", message: "amountInvalid" });
    return parsed;
  })
  .pipe(cents.nullable());

/** Hours from a form ("12,5" or "12.5") or from code (12.5); empty means no hours. */
const hoursText = z
  .union([z.string(), z.number()], { error: "hoursInvalid" })
  .nullish()
  .transform((v, ctx) => {
    if (v === null || v === undefined) return null;
    if (typeof v === "number") return v;
    if (v.trim() === "") return null;
    const m = /^([-\u2212]?)(\d{1,6})(?:[.,](\d{1,6}))?$/.exec(v.trim());
    if (!m) {
      ctx.addIssue({ code: "custom", message: "hoursInvalid" });
      return null;
    }
    return Number(`${m[1] ? "-" : ""}${m[2]}.${m[3] ?? "0"}`);
  })
  .pipe(hours.nullable());

const lineFields = {
  lineKey,
  component: z.enum(COMPONENTS, { error: "chooseOption" }),
  description: text(1, 500, { empty: "required" }),
  fundingStream: z.enum(FUNDING_STREAMS, { error: "chooseOption" }),
  payerOrganisationId: organisationId,
  providerOrganisationId: organisationId,
  rationale: text(10, 2000, { empty: "rationaleRequired", short: "rationaleTooShort" }),
};

/**
 * A line needs a volume: hours per week or an amount per year, at least one above zero.
 * The error sits on hoursPerWeek, the first of the two fields in the form.
 */
function requireVolume(line: { hoursPerWeek: number | null; amountCentsPerYear: number | null }, ctx: z.RefinementCtx) {
  if (!((line.hoursPerWeek ?? 0) > 0) && !((line.amountCentsPerYear ?? 0) > 0)) {
    ctx.addIssue({ code: "custom", message: "volumeRequired", path: ["hoursPerWeek"] });
  }
}

/** A line as stored and passed between modules: amounts in cents, hours as a number. */
export const ZArrangementLine = z
  .object({ ...lineFields, hoursPerWeek: hours.nullable(), amountCentsPerYear: cents.nullable() })
  .superRefine(requireVolume) satisfies z.ZodType<ArrangementLine>;
export type TArrangementLine = z.output<typeof ZArrangementLine>;

/**
 * A line as a form sends it: `amount` is Dutch euro text per year ("12.345,67"), hours may be
 * text with a decimal comma. The output is an ArrangementLine (amountCentsPerYear in cents).
 */
export const ZArrangementLineInput = z
  .object({ ...lineFields, hoursPerWeek: hoursText, amount: euroText })
  .transform(({ amount, ...line }): ArrangementLine => ({ ...line, amountCentsPerYear: amount }))
  .superRefine(requireVolume);
export type TArrangementLineInput = z.input<typeof ZArrangementLineInput>;

/** A line key used twice is an error on the second line's key. */
export function uniqueLineKeys(lines: readonly { lineKey: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (seen.has(line.lineKey)) ctx.addIssue({ code: "custom", message: "lineKeyDuplicate", path: [i, "lineKey"] });
    seen.add(line.lineKey);
  });
}

/** The lines of one version: at least one, unique lineKeys. */
export const ZArrangementLines = z
  .array(ZArrangementLine, { error: "invalid" })
  .min(1, { error: "linesRequired" })
  .max(MAX_LINES, { error: "tooManyLines" })
  .superRefine(uniqueLineKeys);

/** YYYY-MM-DD between 2000 and 2100, kept as a string (a date without a time zone). */
const dateOnly = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .refine(isIsoDate, { error: "dateInvalid", abort: true })
  .refine((v) => v >= "2000-01-01" && v <= "2100-12-31", { error: "dateOutOfRange" });

export const ZArrangementVersionMeta = z
  .object({
    scenario: z.enum(SCENARIOS, { error: "chooseOption" }),
    periodStart: dateOnly,
    periodEnd: dateOnly,
    groupSize: z.coerce
      .number({ error: "groupSizeInvalid" })
      .int({ error: "groupSizeInvalid" })
      .min(1, { error: "groupSizeTooSmall" })
      .max(MAX_GROUP_SIZE, { error: "groupSizeTooLarge" }),
  })
  .superRefine((meta, ctx) => {
    // The arrangement's own key: "endBeforeStart" is the meeting's ("the meeting must end after…").
    if (meta.periodEnd < meta.periodStart)
      ctx.addIssue({ code: "custom", message: "periodEndBeforeStart", path: ["periodEnd"] });
  });
export type TArrangementVersionMeta = z.output<typeof ZArrangementVersionMeta>;
