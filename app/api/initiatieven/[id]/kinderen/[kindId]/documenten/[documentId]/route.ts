import { childDocumentDownload } from "@/lib/children/document-download";
import { guardedRoute } from "@/lib/http/guarded-route";

// Downloading a child's document: guardians, and organisations with consent for its scope; 404 otherwise.
export const GET = guardedRoute(
  async (_request: Request, { params }: { params: Promise<{ id: string; kindId: string; documentId: string }> }) => {
    const { id, kindId, documentId } = await params;
    return childDocumentDownload(id, kindId, documentId);
  },
);
