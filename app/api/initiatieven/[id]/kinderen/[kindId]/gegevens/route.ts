import { childExportResponse, exportFormat } from "@/lib/privacy/export-download";

// Everything the platform holds about a child, for its guardians only (anyone else: 404).
export async function GET(request: Request, { params }: { params: Promise<{ id: string; kindId: string }> }) {
  const { id, kindId } = await params;
  return childExportResponse(exportFormat(new URL(request.url).searchParams), id, kindId);
}
