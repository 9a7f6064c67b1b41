// Input of the children's mutations. Messages are keys under validation.* (messages/<locale>/children.json
// and core.json). Dates arrive as YYYY-MM-DD ("" = not set) and are stored as dates without time zone.
import { z } from "zod";
import { FUNDING_STREAMS } from "../arrangements/types";
import { amsterdamToday } from "../time/amsterdam";
import { ZEmailAddress } from "../validation/email-address";
import { ZId } from "../validation/id";

export const CONSENT_SCOPES = ["ONDERWIJS", "ZORG", "FINANCIERING"] as const;
export const DECISION_STATUSES = ["AANGEVRAAGD", "TOEGEKEND", "AFGEWEZEN"] as const;
export const TLV_CATEGORIES = ["LAAG", "MIDDEN", "HOOG"] as const;
/** Children in a Samen naar School group are of primary-school age; older records are not plausible. */
export const EARLIEST_BIRTH_YEAR = 2000;

const id = ZId;
const version = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" });

const dateOnly = z
  .string()
  .trim()
  .refine(
    (v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)),
    { error: "dateInvalid", abort: true },
  )
  .refine((v) => v === "" || (v >= "2000-01-01" && v <= "2100-12-31"), { error: "dateOutOfRange" })
  .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null));
const optionalDate = z.string().default("").pipe(dateOnly);

/** "" or absent → null, otherwise one of the values. */
function optionalEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .union([z.literal(""), z.enum(values, { error: "chooseOption" })])
    .optional()
    .transform((v) => (v ? (v as T[number]) : null));
}

/** Checkboxes send "on"/"true" when ticked and nothing otherwise; JSON callers send booleans. */
const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/**
 * A first name or initials chosen by the parents. Never a BSN: a name with eight or more digits
 * (separators ignored) is refused, so neither a BSN nor another number can be stored as a name.
 */
export const displayName = z
  .string({ error: "displayNameRequired" })
  .trim()
  .min(1, { error: "displayNameRequired" })
  .max(40, { error: "tooLong" })
  .refine((v) => (v.match(/\d/g) ?? []).length < 8, { error: "displayNameLooksLikeBsn" });

export const birthYear = z
  .union([z.number(), z.string().trim()], { error: "birthYearInvalid" })
  .transform((v) => (v === "" ? Number.NaN : Number(v)))
  .refine((v) => Number.isInteger(v), { error: "birthYearInvalid", abort: true })
  .refine((v) => v >= EARLIEST_BIRTH_YEAR && v <= Number(amsterdamToday().slice(0, 4)), {
    error: "birthYearOutOfRange",
  });

export const ZAddChild = z.object({ initiativeId: id, displayName, birthYear });
export type TAddChild = z.output<typeof ZAddChild>;

/** Everything a guardian records about a child (one optimistic version for the child row). */
export const ZUpdateChild = z
  .object({
    childId: id,
    version,
    displayName,
    birthYear,
    schoolId: z.string().trim().max(64, { error: "invalid" }).default(""),
    enrolledOn: optionalDate,
    tlvStatus: optionalEnum(DECISION_STATUSES),
    tlvCategory: optionalEnum(TLV_CATEGORIES),
    tlvFrom: optionalDate,
    tlvTo: optionalDate,
    tlvDecidedOn: optionalDate,
    oppPresent: checkbox,
    oppEvaluatedOn: optionalDate,
    oppDeviatesFromTeachingTime: checkbox,
    oppDeviationReason: z.string().trim().max(2000, { error: "tooLong" }).default(""),
  })
  .refine((v) => !v.tlvFrom || !v.tlvTo || v.tlvTo >= v.tlvFrom, {
    path: ["tlvTo"],
    error: "childPeriodEndBeforeStart",
  })
  .refine((v) => !v.oppDeviatesFromTeachingTime || v.oppDeviationReason.length > 0, {
    path: ["oppDeviationReason"],
    error: "deviationReasonRequired",
  });
export type TUpdateChild = z.output<typeof ZUpdateChild>;

const wholeNonNegative = z
  .union([z.number(), z.string().trim()])
  .optional()
  .transform((v) => (v === undefined || v === "" ? null : Number(v)))
  .refine((v) => v === null || (Number.isInteger(v) && v >= 0 && v <= 2_000_000_000), { error: "careAmountInvalid" });

/** A care indication or beschikking; careId + version to change an existing one. */
export const ZSaveCare = z
  .object({
    childId: id,
    careId: z.string().trim().max(64, { error: "invalid" }).default(""),
    version: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" }).default(0),
    fundingStream: z.enum(FUNDING_STREAMS, { error: "chooseOption" }),
    status: z.enum(DECISION_STATUSES, { error: "chooseOption" }),
    periodStart: optionalDate,
    periodEnd: optionalDate,
    hoursPerWeekHundredths: wholeNonNegative,
    budgetCentsPerYear: wholeNonNegative,
    providerOrganisationId: z.string().trim().max(64, { error: "invalid" }).default(""),
  })
  .refine((v) => !v.periodStart || !v.periodEnd || v.periodEnd >= v.periodStart, {
    path: ["periodEnd"],
    error: "childPeriodEndBeforeStart",
  })
  .refine((v) => v.hoursPerWeekHundredths !== null || v.budgetCentsPerYear !== null || v.status !== "TOEGEKEND", {
    path: ["hoursPerWeekHundredths"],
    error: "hoursOrBudget",
  });
export type TSaveCare = z.output<typeof ZSaveCare>;

export const ZInviteGuardian = z.object({
  childId: id,
  email: ZEmailAddress,
});
export const ZGuardianRef = z.object({ guardianId: id });

/** Forms send one checkbox per scope (scopes.0, scopes.1, …) or an array. */
export const ZGiveConsent = z.object({
  childId: id,
  organisationId: z.string().trim().min(1, { error: "chooseOrganisation" }).max(64, { error: "invalid" }),
  scopes: z
    .array(z.enum(CONSENT_SCOPES, { error: "chooseScope" }), { error: "chooseScope" })
    .min(1, { error: "chooseScope" })
    .transform((v) => [...new Set(v)]),
  endsOn: optionalDate,
});
export type TGiveConsent = z.output<typeof ZGiveConsent>;
export const ZConsentRef = z.object({ consentId: id });

export const ZGiveMandate = z.object({ childId: id, toUserId: id });
export const ZMandateRef = z.object({ mandateId: id });
