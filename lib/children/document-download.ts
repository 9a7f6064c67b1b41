import "server-only";
// The child-document download route's work, as for step files (lib/deliverables/download.ts):
// no session, a child one may not see, a document outside one's consent scopes or under another
// child or initiative all answer the same 404.
import { getActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { notFoundDownload, uploadedFileResponse } from "../files/download-response";
import { NotFoundError } from "../policy/errors";
import { readChildDocument } from "./documents";

export async function childDocumentDownload(initiativeId: string, childId: string, documentId: string) {
  const actor = await getActor();
  if (!actor) return notFoundDownload();
  try {
    return uploadedFileResponse(await readChildDocument(await getDb(), actor, { initiativeId, childId, documentId }));
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundDownload();
    throw error;
  }
}
