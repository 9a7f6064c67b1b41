import { z } from "zod";
import { ZId } from "../validation/id";

const id = ZId;

// The file's own rules (size, type, bytes) are checked by uploadDeliverable, which the
// action and direct callers share; here only "is there a file at all".
export const ZUploadDeliverable = z.object({
  initiativeId: id,
  stepId: id,
  file: z.instanceof(File, { error: "fileRequired" }),
  // A required choice (the form starts at "yes"); FormData sends "true"/"false", callers booleans.
  containsChildData: z
    .union([z.boolean(), z.enum(["true", "false"])], { error: "chooseChildData" })
    .transform((v) => v === true || v === "true"),
});

export const ZDeleteDeliverable = z.object({ initiativeId: id, deliverableId: id });
