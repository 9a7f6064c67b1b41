import { childExportResponse, exportFormat } from "@/lib/privacy/export-download";
import { guardedRoute } from "@/lib/http/guarded-route";

// Everything the platform holds about a child, for its guardians only (anyone else: 404).
export const GET = guardedRoute(
  async (request: Request, { params }: { params: Promise<{ id: string; kindId: string }> }) => {
    const { id, kindId } = await params;
    return childExportResponse(exportFormat(new URL(request.url).searchParams), id, kindId);
  },
);
