// The length rule for a new password, light enough for forms in the browser. The full policy
// (common passwords, the person's name and e-mail, strength) needs the dictionaries and who the
// person is: the server checks it in lib/auth/password-policy.ts.
import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 12;

/** Message keys refer to messages/<locale>.json → validation.*. */
export const ZNewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: "passwordTooShort" })
  .max(200, { error: "passwordTooLong" });
