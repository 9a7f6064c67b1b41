import { z } from "zod";
import { isSafeText } from "./safe-text";

/** A record id in a form: present, short, and free of NUL and control characters (decision 0016). */
export const ZId = z
  .string()
  .trim()
  .min(1, { error: "required" })
  .max(64, { error: "invalid" })
  .refine(isSafeText, { error: "invalid" });
