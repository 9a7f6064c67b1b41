import { z } from "zod";

/** A 6-digit code from the app, or a recovery code (xxxxx-xxxxx). */
export const ZSecondFactorCode = z.object({
  code: z.string().trim().min(1, { error: "required" }).max(32, { error: "invalid" }),
});
