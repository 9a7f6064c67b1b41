// A child's documents: only its confirmed guardian (ouder@demo.test, in the personal workspace)
// uploads and deletes. De Vlinderboom holds the guardian's consent for onderwijs, so its people
// see the child and are refused (403); everyone else does not see the child at all (404).
import { tmpdir } from "node:os";
import path from "node:path";
import type { Db } from "../../../lib/db/client";
import { resetAppConfig } from "../../../lib/config/app-config";
import type { Case } from "./support";
import { expect_ } from "./support";
import { bredaChild, consentFor } from "../support/children-fixtures";
import { ID } from "../../support/demo";

const PDF = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");

// Keep the matrix's uploads out of the developer's .data/uploads.
function temporaryUploadDir() {
  process.env.UPLOAD_DIR ??= path.join(tmpdir(), "sns-matrix-uploads");
  resetAppConfig();
}

/** A Breda child whose guardian is ouder@demo.test, with consent for De Vlinderboom (onderwijs). */
async function childWithSchoolConsent(db: Db) {
  const { ouder, childId } = await bredaChild(db);
  await consentFor(db, ouder, childId, ID.vlinderboom, ["ONDERWIJS"]);
  return { ouder, childId };
}

const guardianOnly = expect_({ ouder: "ok", school: "FORBIDDEN", leerkracht: "FORBIDDEN" }, "NOT_FOUND");
const documentRows = (db: Db) => db.childDocument.findMany({ orderBy: { id: "asc" } });

export const entries: Record<string, Case> = {
  "lib/children/document-actions.ts#uploadChildDocumentAction": {
    input: async (db) => {
      temporaryUploadDir();
      const { childId } = await childWithSchoolConsent(db);
      const form = new FormData();
      form.set("childId", childId);
      form.set("scope", "ONDERWIJS");
      form.set("file", new File([PDF], "tlv.pdf", { type: "application/pdf" }));
      return form as unknown as Record<string, unknown>;
    },
    expected: guardianOnly,
    rows: documentRows,
  },
  "lib/children/document-actions.ts#deleteChildDocumentAction": {
    input: async (db) => {
      temporaryUploadDir();
      const { ouder, childId } = await childWithSchoolConsent(db);
      // A row whose bytes were never stored: deleting it must still work (and clean up nothing).
      const row = await db.childDocument.create({
        data: {
          childId,
          scope: "ONDERWIJS",
          fileName: "tlv.pdf",
          contentType: "application/pdf",
          sizeBytes: PDF.length,
          storageKey: `matrix${crypto.randomUUID().replace(/-/g, "")}`,
          uploadedById: ouder.userId,
        },
      });
      return { childId, documentId: row.id };
    },
    expected: guardianOnly,
    rows: documentRows,
  },
};
