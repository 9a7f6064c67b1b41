// Input of the child-document actions. Messages are keys under validation.* (child-documents.json,
// deliverables.json for the file rules). The file's own rules (size, type, bytes) are checked by
// uploadChildDocument with the step files' rules (lib/deliverables/file-rules.ts).
import { z } from "zod";
import { CONSENT_SCOPES } from "./schemas";
import { ZId } from "../validation/id";

const id = ZId;

export const ZUploadChildDocument = z.object({
  childId: id,
  /** Who besides the guardians sees it: organisations with a valid consent of this scope. */
  scope: z.enum(CONSENT_SCOPES, { error: "chooseDocumentScope" }),
  file: z.instanceof(File, { error: "fileRequired" }),
});
export type TUploadChildDocument = z.output<typeof ZUploadChildDocument>;

export const ZDeleteChildDocument = z.object({ childId: id, documentId: id });
