import "server-only";
// The export downloads: the signed-in person's own data, or a child's for its guardian. What the
// visitor may not have (or no session) answers 404, like the other downloads.
import { getActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import type { Tx } from "../db/create-client";
import { attachmentResponse, notFoundDownload } from "../files/download-response";
import type { Actor } from "../policy/actor";
import { NotFoundError } from "../policy/errors";
import { amsterdamToday } from "../time/amsterdam";
import { clock } from "../time/clock";
import { childDataExport } from "./child-data-export";
import type { DataExport } from "./data-export";
import { exportJson, exportPdf } from "./export-files";
import { personalDataExport } from "./personal-data-export";

export type ExportFormat = "json" | "pdf";

export function exportFormat(searchParams: URLSearchParams): ExportFormat | null {
  const format = searchParams.get("format") ?? "json";
  return format === "json" || format === "pdf" ? format : null;
}

async function download(
  format: ExportFormat | null,
  fileStem: string,
  collect: (tx: Tx, actor: Actor) => Promise<DataExport>,
): Promise<Response> {
  const actor = await getActor();
  if (!actor || !format) return notFoundDownload();
  try {
    const db = await getDb();
    const data = await db.$transaction((tx) => collect(tx, actor));
    const fileName = `${fileStem}-${amsterdamToday(clock.now())}.${format}`;
    if (format === "json")
      return attachmentResponse(exportJson(data), { contentType: "application/json; charset=utf-8", fileName });
    const pdf = await exportPdf(data, actor.locale);
    return attachmentResponse(Buffer.from(pdf), { contentType: "application/pdf", fileName });
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundDownload();
    throw error;
  }
}

export function personalExportResponse(format: ExportFormat | null): Promise<Response> {
  return download(format, "mijn-gegevens", personalDataExport);
}

export function childExportResponse(format: ExportFormat | null, initiativeId: string, childId: string) {
  return download(format, "gegevens-kind", (tx, actor) => childDataExport(tx, actor, initiativeId, childId));
}
