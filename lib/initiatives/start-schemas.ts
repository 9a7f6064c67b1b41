import { z } from "zod";

const text = (max: number) => z.string().trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
const optionalId = z
  .string()
  .trim()
  .max(64, { error: "invalid" })
  .optional()
  .transform((v) => v || undefined);

/** The beeld op hoofdlijnen: for whom, why, where and what is needed. */
export const ZStartInitiative = z.object({
  name: z.string().trim().min(3, { error: "nameTooShort" }).max(120, { error: "tooLong" }),
  doelgroep: text(2000),
  motivation: text(2000),
  needs: text(2000),
  gemeenteId: z.string().trim().min(1, { error: "chooseGemeente" }).max(64, { error: "invalid" }),
  hostSchoolId: optionalId,
  swvId: optionalId,
});

export type TStartInitiative = z.output<typeof ZStartInitiative>;
