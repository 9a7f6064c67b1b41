import { z } from "zod";
import { ZOptionalParticipantKey } from "../participants/participant-key";
import { CARE_OPTIONS, SCENARIOS } from "./template-types";
import { ZId } from "../validation/id";

const id = ZId;
const version = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" });
export const STEP_STATUSES = ["NIET_GESTART", "BEZIG", "AFGEROND", "NIET_VAN_TOEPASSING"] as const;

/** "" | YYYY-MM-DD, as a date without time zone (stored as @db.Date). */
const dateOnly = z
  .string()
  .trim()
  .refine(
    (v) =>
      v === "" ||
      (/^\d{4}-\d{2}-\d{2}$/.test(v) &&
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
        new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)),
    { error: "dateInvalid" },
  )
  .refine((v) => v === "" || (v >= "2000-01-01" && v <= "2100-12-31"), { error: "dateOutOfRange" })
  .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null));

export const ZUpdateStep = z
  .object({
    initiativeId: id,
    stepId: id,
    version,
    status: z.enum(STEP_STATUSES, { error: "invalid" }),
    notApplicableReason: z.string().trim().max(1000, { error: "tooLong" }).default(""),
    owner: ZOptionalParticipantKey.default(""),
    dueDate: z.string().default("").pipe(dateOnly),
    notes: z.string().max(10_000, { error: "tooLong" }).default(""),
  })
  .refine((v) => v.status !== "NIET_VAN_TOEPASSING" || v.notApplicableReason.length > 0, {
    path: ["notApplicableReason"],
    error: "reasonRequired",
  });

export type TUpdateStep = z.output<typeof ZUpdateStep>;

export const ZDecision = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("SCENARIO"), value: z.enum(SCENARIOS, { error: "chooseOption" }) }),
    z.object({ kind: z.literal("CARE_OPTION"), value: z.enum(CARE_OPTIONS, { error: "chooseOption" }) }),
  ],
  { error: "invalid" },
);

export const ZDecide = z.intersection(
  ZDecision,
  z.object({
    initiativeId: id,
    version,
    reason: z.string().trim().min(1, { error: "reasonRequired" }).max(2000, { error: "tooLong" }),
  }),
);

export type TDecide = z.output<typeof ZDecide>;

export const ZAdvancePhase = z
  .object({
    initiativeId: id,
    version,
    override: z
      .union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean()])
      .optional()
      .transform((v) => v === true || v === "on" || v === "true"),
    reason: z.string().trim().max(2000, { error: "tooLong" }).default(""),
  })
  // Going on despite open steps is a choice that needs its reason.
  .refine((v) => !v.override || v.reason.length > 0, { path: ["reason"], error: "reasonRequired" });
