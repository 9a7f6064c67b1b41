// Uploading and removing a step's deliverables. Bytes and rows live in two stores that cannot
// share a transaction, so the order matters: on upload the bytes are written first and removed
// again when the row is not saved; on delete the row goes first and the bytes after. Either
// way a failure leaves at most unreferenced bytes, never a row without its file.
import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Db, Tx } from "../db/create-client";
import { fileStorage, newStorageKey } from "../files/storage";
import { loadEditableInitiative } from "../initiatives/editable";
import type { Actor } from "../policy/actor";
import { NotFoundError } from "../policy/errors";
import { checkFileContent, checkFileMeta } from "./file-rules";

export interface UploadDeliverableInput {
  initiativeId: string;
  stepId: string;
  file: File;
  /** Chosen by the uploader: may the file hold personal data of children (see deliverable-access.ts)? */
  containsChildData: boolean;
}

async function editableStep(tx: Tx, actor: Actor, initiativeId: string, stepId: string) {
  const initiative = await loadEditableInitiative(tx, actor, initiativeId);
  const step = await tx.initiativeStep.findFirst({
    where: { id: stepId, initiativeId: initiative.id, removedAt: null },
    select: { id: true, key: true },
  });
  if (!step) throw new NotFoundError("step");
  return { initiative, step };
}

export async function uploadDeliverable(db: Db, actor: Actor, input: UploadDeliverableInput) {
  // Authorize before reading or writing a single byte; the transaction checks again.
  await editableStep(db, actor, input.initiativeId, input.stepId);
  const checked = checkFileMeta(input.file);
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  checkFileContent(checked, bytes);

  const storage = fileStorage();
  const storageKey = newStorageKey();
  await storage.put(storageKey, bytes);
  try {
    return await db.$transaction(async (tx) => {
      const { initiative, step } = await editableStep(tx, actor, input.initiativeId, input.stepId);
      const row = await tx.stepDeliverable.create({
        data: {
          initiativeId: initiative.id,
          stepId: step.id,
          fileName: checked.fileName,
          contentType: checked.contentType,
          sizeBytes: bytes.length,
          storageKey,
          containsChildData: input.containsChildData,
          uploadedById: actor.userId,
        },
        select: { id: true, fileName: true, sizeBytes: true, containsChildData: true },
      });
      await recordAudit(tx, actor, {
        initiativeId: initiative.id,
        action: "deliverable.uploaded",
        entityType: "StepDeliverable",
        entityId: row.id,
        summary: {
          initiativeId: initiative.id,
          stepKey: step.key,
          // No file name: names of files often name the child (decision 0010).
          contentType: checked.contentType,
          sizeBytes: row.sizeBytes,
          containsChildData: row.containsChildData,
        },
      });
      await tx.initiative.update({ where: { id: initiative.id }, data: { updatedAt: new Date() } });
      return row;
    });
  } catch (error) {
    await storage
      .delete(storageKey)
      .catch((cleanup: unknown) => console.error("could not remove bytes of a failed upload", storageKey, cleanup));
    throw error;
  }
}

export async function deleteDeliverable(db: Db, actor: Actor, input: { initiativeId: string; deliverableId: string }) {
  const removed = await db.$transaction(async (tx) => {
    const initiative = await loadEditableInitiative(tx, actor, input.initiativeId);
    const row = await tx.stepDeliverable.findFirst({
      where: { id: input.deliverableId, initiativeId: initiative.id },
      select: { id: true, fileName: true, storageKey: true, step: { select: { key: true } } },
    });
    if (!row) throw new NotFoundError("deliverable");
    await tx.stepDeliverable.delete({ where: { id: row.id } });
    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "deliverable.deleted",
      entityType: "StepDeliverable",
      entityId: row.id,
      summary: { initiativeId: initiative.id, stepKey: row.step.key },
    });
    await tx.initiative.update({ where: { id: initiative.id }, data: { updatedAt: new Date() } });
    return row;
  });
  // After the commit: a failure here leaves unreferenced bytes, which nobody can reach.
  await fileStorage()
    .delete(removed.storageKey)
    .catch((error: unknown) =>
      console.error("could not remove bytes of a deleted deliverable", removed.storageKey, error),
    );
  return { id: removed.id, fileName: removed.fileName };
}
