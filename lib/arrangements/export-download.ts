import "server-only";
import { getActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { attachmentResponse, notFoundDownload } from "../files/download-response";
import { NotFoundError } from "../policy/errors";
import { exportArrangementCsv, exportArrangementPdf, type ExportFile } from "./export-data";

/**
 * An export for the signed-in visitor; null (→ 404) when there is no session or the version is
 * not theirs to see (or, for the PDF, not established): a download has no sign-in page to follow.
 */
export async function arrangementDownload(
  format: "csv" | "pdf",
  initiativeId: string,
  versionId: string,
): Promise<ExportFile | null> {
  const actor = await getActor();
  if (!actor) return null;
  const db = await getDb();
  const run = format === "csv" ? exportArrangementCsv : exportArrangementPdf;
  try {
    return await run(db, actor, { initiativeId, versionId });
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export function downloadResponse(file: ExportFile | null): Response {
  return file ? attachmentResponse(Buffer.from(file.body), file) : notFoundDownload();
}
