// The care form's input: hours per week as Dutch text ("12,5") and a budget in euros
// ("24.000,00"), turned into the exact units the domain stores (hundredths, cents). The
// rules are those of ZSaveCare (schemas.ts); the messages land on the fields a person typed in.
import { z } from "zod";
import { parseEuroToCents } from "../arrangements/money";
import { ZSaveCare, type TSaveCare } from "./schemas";

const MAX_CENTS = 2_000_000_000;
/** A week has 168 hours; more is a typing error. */
const MAX_HOURS_HUNDREDTHS = 168_00;

/** "12,5", "12.5", "8" → hundredths; "" → null; anything else → NaN (refused below). */
export function parseHoursToHundredths(text: string): number | null {
  const t = text.trim();
  if (t === "") return null;
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(t);
  if (!m) return Number.NaN;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** Hundredths → the text the form shows ("12,5"). */
export function hundredthsToText(value: number | null, locale = "nl"): string {
  if (value === null) return "";
  const whole = Math.floor(value / 100);
  const rest = value % 100;
  if (rest === 0) return String(whole);
  const sep = locale === "en" ? "." : ",";
  return `${whole}${sep}${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

/** Cents → euros as the form shows them ("24000,00"). */
export function centsToText(value: number | null): string {
  if (value === null) return "";
  return `${Math.floor(value / 100)},${String(value % 100).padStart(2, "0")}`;
}

const hoursText = z
  .string()
  .default("")
  .transform((v) => parseHoursToHundredths(v))
  .refine((v) => v === null || (Number.isInteger(v) && v <= MAX_HOURS_HUNDREDTHS), { error: "careHoursInvalid" });

// A budget that does not parse ("abc") is refused, not read as "no budget".
const budgetText = z
  .string()
  .default("")
  .refine((v) => v.trim() === "" || parseEuroToCents(v) !== null, { error: "careAmountInvalid", abort: true })
  .transform((v) => (v.trim() === "" ? null : parseEuroToCents(v)))
  .refine((v) => v === null || (v >= 0 && v <= MAX_CENTS), { error: "careAmountInvalid" });

/** The care form as FormData sends it; parses to the domain's TSaveCare. */
export const ZCareForm = z
  .object({
    childId: ZSaveCare.shape.childId,
    careId: ZSaveCare.shape.careId,
    version: ZSaveCare.shape.version,
    fundingStream: ZSaveCare.shape.fundingStream,
    status: ZSaveCare.shape.status,
    periodStart: ZSaveCare.shape.periodStart,
    periodEnd: ZSaveCare.shape.periodEnd,
    hoursPerWeek: hoursText,
    budgetPerYear: budgetText,
    providerOrganisationId: ZSaveCare.shape.providerOrganisationId,
  })
  .refine((v) => !v.periodStart || !v.periodEnd || v.periodEnd >= v.periodStart, {
    path: ["periodEnd"],
    error: "childPeriodEndBeforeStart",
  })
  .refine((v) => v.hoursPerWeek !== null || v.budgetPerYear !== null || v.status !== "TOEGEKEND", {
    path: ["hoursPerWeek"],
    error: "hoursOrBudget",
  })
  .transform(({ hoursPerWeek, budgetPerYear, ...rest }): TSaveCare => ({
    ...rest,
    hoursPerWeekHundredths: hoursPerWeek,
    budgetCentsPerYear: budgetPerYear,
  }));

export const ZRemoveCare = z.object({
  childId: ZSaveCare.shape.childId,
  careId: z.string().trim().min(1, { error: "required" }).max(64, { error: "invalid" }),
  version: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" }),
});
export type TRemoveCare = z.output<typeof ZRemoveCare>;
