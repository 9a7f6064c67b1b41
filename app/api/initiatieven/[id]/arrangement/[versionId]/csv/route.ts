import { arrangementDownload, downloadResponse } from "@/lib/arrangements/export-download";
import { guardedRoute } from "@/lib/http/guarded-route";

// The arrangement version as a CSV file. What the visitor may not see does not exist (404).
export const GET = guardedRoute(
  async (_request: Request, { params }: { params: Promise<{ id: string; versionId: string }> }) => {
    const { id, versionId } = await params;
    return downloadResponse(await arrangementDownload("csv", id, versionId));
  },
);
