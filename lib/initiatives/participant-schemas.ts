import { z } from "zod";

const id = z.string().trim().min(1, { error: "required" }).max(64, { error: "invalid" });

export const ZAddOrganisation = z.object({
  initiativeId: id,
  organisationId: z.string().trim().min(1, { error: "chooseOrganisation" }).max(64, { error: "invalid" }),
});
export const ZInviteParent = z.object({
  initiativeId: id,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: "required" })
    .pipe(z.email({ error: "emailInvalid" })),
});
