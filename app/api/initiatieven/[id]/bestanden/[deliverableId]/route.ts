import { deliverableDownload } from "@/lib/deliverables/download";

// Downloading a step's deliverable: only for those who may see the initiative; 404 otherwise.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; deliverableId: string }> }) {
  const { id, deliverableId } = await params;
  return deliverableDownload(id, deliverableId);
}
