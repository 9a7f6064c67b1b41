import { z } from "zod";
import { ZNewPassword } from "../auth/password-schema";

export const ZInvitationToken = z.string().trim().min(20, { error: "invalid" }).max(100, { error: "invalid" });

export const ZAcceptInvitation = z.object({
  token: ZInvitationToken,
  name: z
    .string()
    .trim()
    .max(120, { error: "tooLong" })
    .optional()
    .transform((v) => v || undefined),
  password: z.union([z.literal("").transform(() => undefined), ZNewPassword]).optional(),
});
