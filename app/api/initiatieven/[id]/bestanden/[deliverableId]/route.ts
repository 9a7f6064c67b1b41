import { deliverableDownload } from "@/lib/deliverables/download";
import { guardedRoute } from "@/lib/http/guarded-route";

// Downloading a step's deliverable: only for those who may see the initiative; 404 otherwise.
export const GET = guardedRoute(
  async (_request: Request, { params }: { params: Promise<{ id: string; deliverableId: string }> }) => {
    const { id, deliverableId } = await params;
    return deliverableDownload(id, deliverableId);
  },
);
