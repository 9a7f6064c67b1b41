// Deliverables and comments on a step of the Breda initiative: its participants only.
import { tmpdir } from "node:os";
import path from "node:path";
import type { Db } from "../../../lib/db/client";
import type { Case } from "./support";
import { bredaEditors } from "./support";
import { resetAppConfig } from "../../../lib/config/app-config";
import { ID } from "../../support/demo";

const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);

// Keep the matrix's uploads (a few tiny PDFs per run) out of the developer's .data/uploads.
function temporaryUploadDir() {
  process.env.UPLOAD_DIR ??= path.join(tmpdir(), "sns-matrix-uploads");
  resetAppConfig();
}

const bredaStepId = async (db: Db) =>
  (
    await db.initiativeStep.findFirstOrThrow({
      where: { initiativeId: ID.breda, key: "onderwijsbehoeften-in-kaart" },
    })
  ).id;

export const entries: Record<string, Case> = {
  "lib/deliverables/actions.ts#uploadDeliverableAction": {
    // The form posts FormData; define-action turns it into this same object (the File stays a File).
    input: async (db) => {
      temporaryUploadDir();
      const form = new FormData();
      form.set("initiativeId", ID.breda);
      form.set("stepId", await bredaStepId(db));
      form.set("file", new File([PDF], "verslag.pdf", { type: "application/pdf" }));
      form.set("containsChildData", "true");
      return form as unknown as Record<string, unknown>;
    },
    expected: bredaEditors,
    rows: (db) => db.stepDeliverable.findMany({ orderBy: { id: "asc" } }),
  },
  "lib/deliverables/actions.ts#deleteDeliverableAction": {
    input: async (db) => {
      const stepId = await bredaStepId(db);
      const uploader = await db.user.findUniqueOrThrow({ where: { email: "school@demo.test" } });
      // A row whose bytes were never stored: deleting it must still work (and clean up nothing).
      const row = await db.stepDeliverable.create({
        data: {
          initiativeId: ID.breda,
          stepId,
          fileName: "oud-verslag.pdf",
          contentType: "application/pdf",
          sizeBytes: PDF.length,
          storageKey: `matrix${crypto.randomUUID().replace(/-/g, "")}`,
          uploadedById: uploader.id,
        },
      });
      temporaryUploadDir();
      return { initiativeId: ID.breda, deliverableId: row.id };
    },
    expected: bredaEditors,
    rows: (db) => db.stepDeliverable.findMany({ orderBy: { id: "asc" } }),
  },
  "lib/comments/actions.ts#addCommentAction": {
    input: async (db) => {
      const ouder = await db.user.findUniqueOrThrow({ where: { email: "ouder@demo.test" } });
      return {
        initiativeId: ID.breda,
        stepId: await bredaStepId(db),
        body: "Graag jullie reactie voor vrijdag",
        mentionUserIds: [ouder.id],
      };
    },
    expected: bredaEditors,
  },
};
