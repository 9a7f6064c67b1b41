// Reading deliverables. Whoever may see an initiative may see and download its files marked as
// holding no children's data; the others only those who work on it (deliverable-access.ts). For
// anyone else a file does not exist (NotFoundError → 404). Every download is recorded.
import "server-only";
import { recordAccess } from "../access-log/record-access";
import { recordAudit } from "../audit/record-audit";
import type { Tx } from "../db/create-client";
import { fileStorage } from "../files/storage";
import type { Actor } from "../policy/actor";
import type { VisibleInitiative } from "../policy/authorised";
import { NotFoundError } from "../policy/errors";
import { visibleDeliverablesWhere } from "./deliverable-access";

/** The deliverables of a step that the actor may see, of an initiative it may see. */
export async function listStepDeliverables(db: Tx, actor: Actor, initiative: VisibleInitiative, stepId: string) {
  return db.stepDeliverable.findMany({
    where: { AND: [{ initiativeId: initiative.id, stepId }, visibleDeliverablesWhere(actor)] },
    select: {
      id: true,
      fileName: true,
      containsChildData: true,
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
    where: { AND: [{ id: input.deliverableId, initiativeId: input.initiativeId }, visibleDeliverablesWhere(actor)] },
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
  await recordAccess(db, actor, {
    action: "DOWNLOAD",
    subjectType: "STEP_FILE",
    subjectId: row.id,
    initiativeId: row.initiativeId,
  });
  await recordAudit(db, actor, {
    initiativeId: row.initiativeId,
    action: "deliverable.downloaded",
    entityType: "StepDeliverable",
    entityId: row.id,
    summary: { initiativeId: row.initiativeId, stepKey: row.step.key },
  });
  return { fileName: row.fileName, contentType: row.contentType, bytes };
}
