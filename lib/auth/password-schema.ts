// The rules for a new password, without the hashing (so forms in the browser can check them too).
import { z } from "zod";
import { isCommonPassword } from "./common-passwords";

export const MIN_PASSWORD_LENGTH = 12;

/** Message keys refer to messages/<locale>.json → validation.*. */
export const ZNewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: "passwordTooShort" })
  .max(200, { error: "passwordTooLong" })
  .refine((p) => !isCommonPassword(p), { error: "passwordCommon" });
