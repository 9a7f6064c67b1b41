import "server-only";
import { getActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { NotFoundError } from "../policy/errors";
import { exportArrangementCsv, exportArrangementPdf, type ExportFile } from "./export-data";

/**
 * An export for the signed-in visitor; null (→ 404) when there is no session or the version is
 * not theirs to see (or, for the PDF, not established): a download has no sign-in page to follow.
 */
export async function arrangementDownload(format: "csv" | "pdf", initiativeId: string, versionId: string): Promise<ExportFile | null> {
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
  if (!file) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(Buffer.from(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
