import { arrangementDownload, downloadResponse } from "@/lib/arrangements/export-download";

// The arrangement version as a PDF file. What the visitor may not see does not exist (404).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; versionId: string }> }) {
  const { id, versionId } = await params;
  return downloadResponse(await arrangementDownload("pdf", id, versionId));
}
