import { z } from "zod";
import { CONDITION_KEYS } from "./checklist";
import { CONDITION_STATUSES, STATUSES_NEEDING_EVIDENCE } from "./checklist-types";
import { ZId } from "../validation/id";

const id = ZId;

export const ZUpdateCondition = z
  .object({
    initiativeId: id,
    key: z
      .string()
      .trim()
      .refine((k) => CONDITION_KEYS.includes(k), { error: "invalid" }),
    /** The version the form started from; 0 when the item was never saved. */
    version: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" }),
    status: z.enum(CONDITION_STATUSES, { error: "chooseOption" }),
    evidence: z.string().trim().max(2000, { error: "tooLong" }).default(""),
  })
  .refine((v) => !STATUSES_NEEDING_EVIDENCE.includes(v.status) || v.evidence.length > 0, {
    path: ["evidence"],
    error: "evidenceRequired",
  });

export type TUpdateCondition = z.output<typeof ZUpdateCondition>;
