// A child's documents, on the demo child Noor: only her confirmed guardian (ouder@demo.test, in
// the personal workspace) uploads and deletes. De Vlinderboom holds the guardian's consent for
// onderwijs, so its people see the child and are refused (403); everyone else, Kinderzorg Baronie
// (no consent for Noor) and the regional parties included, does not see her at all (404).
import { tmpdir } from "node:os";
import path from "node:path";
import type { Db } from "../../../lib/db/client";
import { resetAppConfig } from "../../../lib/config/app-config";
import type { Case } from "./support";
import { expect_ } from "./support";
import { ID } from "../../support/demo";

const PDF = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");

// Keep the matrix's uploads out of the developer's .data/uploads.
function temporaryUploadDir() {
  process.env.UPLOAD_DIR ??= path.join(tmpdir(), "sns-matrix-uploads");
  resetAppConfig();
}

const guardianOnly = expect_({ ouder: "ok", school: "FORBIDDEN", leerkracht: "FORBIDDEN" }, "NOT_FOUND");
const documentRows = (db: Db) => db.childDocument.findMany({ orderBy: { id: "asc" } });

export const entries: Record<string, Case> = {
  "lib/children/document-actions.ts#uploadChildDocumentAction": {
    input: async () => {
      temporaryUploadDir();
      const form = new FormData();
      form.set("childId", ID.noor);
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
      // A row whose bytes were never stored: deleting it must still work (and clean up nothing).
      const row = await db.childDocument.create({
        data: {
          childId: ID.noor,
          scope: "ONDERWIJS",
          fileName: "tlv.pdf",
          contentType: "application/pdf",
          sizeBytes: PDF.length,
          storageKey: `matrix${crypto.randomUUID().replace(/-/g, "")}`,
          uploadedById: ID.ouder,
        },
      });
      return { childId: ID.noor, documentId: row.id };
    },
    expected: guardianOnly,
    rows: documentRows,
  },
};
