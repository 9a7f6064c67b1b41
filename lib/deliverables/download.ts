import "server-only";
// The download route's work: who asks, may they see it, and the bytes as an attachment. No
// session answers 404 like a file you may not see, so the route reveals nothing to strangers.
import { getActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { notFoundDownload } from "../files/download-response";
import { NotFoundError } from "../policy/errors";
import { readDeliverable } from "./queries";

/** RFC 5987 encoding for filename*=: percent-encoded UTF-8, including the characters encodeURIComponent leaves. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(fileName: string): string {
  // A plain ASCII name for old clients; modern ones use filename*.
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, "_") || "bestand";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

export async function deliverableDownload(initiativeId: string, deliverableId: string): Promise<Response> {
  const actor = await getActor();
  if (!actor) return notFoundDownload();
  try {
    const file = await readDeliverable(await getDb(), actor, { initiativeId, deliverableId });
    return new Response(new Blob([file.bytes as Uint8Array<ArrayBuffer>]), {
      status: 200,
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.bytes.length),
        "Content-Disposition": contentDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        // Should a browser render it anyway, it runs nothing and reaches nothing.
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundDownload();
    throw error;
  }
}
