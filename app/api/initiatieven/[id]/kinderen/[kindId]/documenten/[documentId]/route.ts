import { childDocumentDownload } from "@/lib/children/document-download";

// Downloading a child's document: guardians, and organisations with consent for its scope; 404 otherwise.
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; kindId: string; documentId: string }> },
) {
  const { id, kindId, documentId } = await params;
  return childDocumentDownload(id, kindId, documentId);
}
