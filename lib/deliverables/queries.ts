// Reading deliverables. Whoever may see an initiative may see and download its files; for
// anyone else the file does not exist (NotFoundError → 404). Files may hold children's data,
// so every download is recorded.
import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Tx } from "../db/create-client";
import { fileStorage } from "../files/storage";
import type { Actor } from "../policy/actor";
import type { VisibleInitiative } from "../policy/authorised";
import { NotFoundError } from "../policy/errors";
import { visibleInitiativesWhere } from "../policy/initiative-access";

/** Deliverables of a step of an initiative the caller already obtained through the policy. */
export async function listStepDeliverables(db: Tx, initiative: VisibleInitiative, stepId: string) {
  return db.stepDeliverable.findMany({
    where: { initiativeId: initiative.id, stepId },
    select: {
      id: true,
      fileName: true,
      contentType: true,
      sizeBytes: true,
      createdAt: true,
      uploadedBy: { select: { name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
  });
}

export type DeliverableItem = Awaited<ReturnType<typeof listStepDeliverables>>[number];

export async function readDeliverable(db: Tx, actor: Actor, input: { initiativeId: string; deliverableId: string }) {
  const row = await db.stepDeliverable.findFirst({
    where: {
      id: input.deliverableId,
      initiativeId: input.initiativeId,
      step: { initiative: visibleInitiativesWhere(actor) },
    },
    select: {
      id: true,
      initiativeId: true,
      fileName: true,
      contentType: true,
      storageKey: true,
      step: { select: { key: true } },
    },
  });
  if (!row) throw new NotFoundError("deliverable");
  const bytes = await fileStorage().get(row.storageKey);
  if (!bytes) {
    console.error("deliverable without stored bytes", row.id);
    throw new NotFoundError("deliverable");
  }
  await recordAudit(db, actor, {
    initiativeId: row.initiativeId,
    action: "deliverable.downloaded",
    entityType: "StepDeliverable",
    entityId: row.id,
    summary: { initiativeId: row.initiativeId, stepKey: row.step.key, fileName: row.fileName },
  });
  return { fileName: row.fileName, contentType: row.contentType, bytes };
}
