import "server-only";
// The download route's work: who asks, may they see it, and the bytes as an attachment. No
// session answers 404 like a file you may not see, so the route reveals nothing to strangers.
import { getActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { notFoundDownload, uploadedFileResponse } from "../files/download-response";
import { NotFoundError } from "../policy/errors";
import { readDeliverable } from "./queries";

export async function deliverableDownload(initiativeId: string, deliverableId: string): Promise<Response> {
  const actor = await getActor();
  if (!actor) return notFoundDownload();
  try {
    return uploadedFileResponse(await readDeliverable(await getDb(), actor, { initiativeId, deliverableId }));
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundDownload();
    throw error;
  }
}
