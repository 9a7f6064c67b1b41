import "./zod-config";
import { z } from "zod";

/** An e-mail address as people type it: trimmed, lower-cased, required, well-formed (message keys). */
export const ZEmailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "required" })
  .pipe(z.email({ error: "emailInvalid" }));
