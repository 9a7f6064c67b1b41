import { z } from "zod";

/** E-mail and password as the sign-in form posts them; messages are validation.* keys. */
export const ZCredentials = z.object({
  email: z
    .email({ error: "emailInvalid" })
    .max(320, { error: "emailInvalid" })
    .transform((e) => e.toLowerCase()),
  password: z.string().min(1, { error: "required" }).max(200, { error: "passwordTooLong" }),
});
