// Documents attached to a child (a TLV, an OPP, an indication). Need-to-know as for the child's
// details (child-access.ts): confirmed guardians upload, delete and see all of them; people of
// an organisation with a valid consent see the documents of their consent's scopes; for everyone
// else a document does not exist (404), also on download. Bytes live behind the file storage
// like step files: written before the row (removed again if the row fails), deleted after it.
// Audit events name the child, scope and size, never the file name (it may name the child).
import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Db, Tx } from "../db/create-client";
import { checkFileContent, checkFileMeta } from "../deliverables/file-rules";
import { fileStorage, newStorageKey } from "../files/storage";
import type { Actor } from "../policy/actor";
import { NotFoundError } from "../policy/errors";
import { ACTIVE_PARTICIPANT } from "../policy/initiative-access";
import { clock } from "../time/clock";
import { canSeePart, consentDay, type VisibleChild } from "./child-access";
import type { TUploadChildDocument } from "./document-schemas";
import { loadGuardedChild, loadVisibleChild } from "./load-child";

/** The documents of a child the actor may see, newest first. */
export async function listChildDocuments(db: Tx, child: VisibleChild) {
  const scopes = child.access.kind === "GUARDIAN" ? null : child.access.scopes;
  return db.childDocument.findMany({
    where: { childId: child.id, ...(scopes ? { scope: { in: scopes } } : {}) },
    select: {
      id: true,
      scope: true,
      fileName: true,
      sizeBytes: true,
      createdAt: true,
      uploadedBy: { select: { name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
  });
}
export type ChildDocumentItem = Awaited<ReturnType<typeof listChildDocuments>>[number];

/** A child of this initiative the actor may see, or 404 (a child id under another initiative too). */
async function childInInitiative(db: Tx, actor: Actor, initiativeId: string, childId: string, now: Date) {
  const child = await loadVisibleChild(db, actor, childId, now);
  if (child.initiativeId !== initiativeId) throw new NotFoundError("child");
  return child;
}

/**
 * The documents page of a child: its documents as the actor may see them and, for guardians (who
 * choose a scope on upload), which organisations each scope reaches today. Viewing is logged.
 */
export async function childDocumentsForActor(
  db: Tx,
  actor: Actor,
  input: { initiativeId: string; childId: string },
  now = clock.now(),
) {
  const child = await childInInitiative(db, actor, input.initiativeId, input.childId, now);
  const isGuardian = child.access.kind === "GUARDIAN";
  const [row, documents, consents] = await Promise.all([
    db.child.findUniqueOrThrow({ where: { id: child.id }, select: { displayName: true } }),
    listChildDocuments(db, child),
    isGuardian
      ? db.childConsent.findMany({
          where: {
            childId: child.id,
            withdrawnAt: null,
            OR: [{ endsOn: null }, { endsOn: { gte: consentDay(now) } }],
            organisation: {
              participations: { some: { initiativeId: child.initiativeId, ...ACTIVE_PARTICIPANT } },
            },
          },
          select: { scope: true, organisation: { select: { name: true } } },
          orderBy: { organisation: { name: "asc" } },
        })
      : Promise.resolve([]),
  ]);
  await recordAudit(db, actor, {
    action: "child.viewed",
    entityType: "Child",
    entityId: child.id,
    summary: {
      part: "documents",
      access: child.access.kind,
      scopes: child.access.kind === "GUARDIAN" ? [] : child.access.scopes,
    },
  });
  const reach = { ONDERWIJS: [] as string[], ZORG: [] as string[], FINANCIERING: [] as string[] };
  for (const c of consents) if (!reach[c.scope].includes(c.organisation.name)) reach[c.scope].push(c.organisation.name);
  return {
    child: { id: child.id, initiativeId: child.initiativeId, displayName: row.displayName },
    canEdit: isGuardian,
    documents,
    reach: isGuardian ? reach : null,
  };
}

export async function uploadChildDocument(db: Db, actor: Actor, input: TUploadChildDocument, now = clock.now()) {
  // Authorize before reading or writing a single byte; the transaction checks again.
  await loadGuardedChild(db, actor, input.childId, now, "childDocument.upload");
  const checked = checkFileMeta(input.file);
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  checkFileContent(checked, bytes);

  const storage = fileStorage();
  const storageKey = newStorageKey();
  await storage.put(storageKey, bytes);
  try {
    return await db.$transaction(async (tx) => {
      const child = await loadGuardedChild(tx, actor, input.childId, now, "childDocument.upload");
      const row = await tx.childDocument.create({
        data: {
          childId: child.id,
          scope: input.scope,
          fileName: checked.fileName,
          contentType: checked.contentType,
          sizeBytes: bytes.length,
          storageKey,
          uploadedById: actor.userId,
        },
        select: { id: true, fileName: true, scope: true, sizeBytes: true },
      });
      await recordAudit(tx, actor, {
        action: "child_document.uploaded",
        entityType: "ChildDocument",
        entityId: row.id,
        summary: { childId: child.id, scope: row.scope, contentType: checked.contentType, sizeBytes: row.sizeBytes },
      });
      return { ...row, initiativeId: child.initiativeId };
    });
  } catch (error) {
    await storage
      .delete(storageKey)
      .catch((cleanup: unknown) => console.error("could not remove bytes of a failed upload", storageKey, cleanup));
    throw error;
  }
}

export async function deleteChildDocument(
  db: Db,
  actor: Actor,
  input: { childId: string; documentId: string },
  now = clock.now(),
) {
  const removed = await db.$transaction(async (tx) => {
    const child = await loadGuardedChild(tx, actor, input.childId, now, "childDocument.delete");
    const row = await tx.childDocument.findFirst({
      where: { id: input.documentId, childId: child.id },
      select: { id: true, scope: true, storageKey: true },
    });
    if (!row) throw new NotFoundError("childDocument");
    await tx.childDocument.delete({ where: { id: row.id } });
    await recordAudit(tx, actor, {
      action: "child_document.deleted",
      entityType: "ChildDocument",
      entityId: row.id,
      summary: { childId: child.id, scope: row.scope },
    });
    return { ...row, initiativeId: child.initiativeId };
  });
  // After the commit: a failure here leaves unreferenced bytes, which nobody can reach.
  await fileStorage()
    .delete(removed.storageKey)
    .catch((error: unknown) =>
      console.error("could not remove bytes of a deleted child document", removed.storageKey, error),
    );
  return { id: removed.id, initiativeId: removed.initiativeId };
}

/** The bytes of one document for the download route; anything the actor may not see is 404. Audited. */
export async function readChildDocument(
  db: Tx,
  actor: Actor,
  input: { initiativeId: string; childId: string; documentId: string },
  now = clock.now(),
) {
  const child = await childInInitiative(db, actor, input.initiativeId, input.childId, now);
  const row = await db.childDocument.findFirst({
    where: { id: input.documentId, childId: child.id },
    select: { id: true, scope: true, fileName: true, contentType: true, storageKey: true },
  });
  if (!row || !canSeePart(child.access, row.scope)) throw new NotFoundError("childDocument");
  const bytes = await fileStorage().get(row.storageKey);
  if (!bytes) {
    console.error("child document without stored bytes", row.id);
    throw new NotFoundError("childDocument");
  }
  await recordAudit(db, actor, {
    action: "child_document.downloaded",
    entityType: "ChildDocument",
    entityId: row.id,
    summary: { childId: child.id, scope: row.scope, access: child.access.kind },
  });
  return { fileName: row.fileName, contentType: row.contentType, bytes };
}
