import { attachmentResponse, notFoundDownload } from "@/lib/files/download-response";
import { meetingCalendarDownload } from "@/lib/meetings/ics-download";
import { guardedRoute } from "@/lib/http/guarded-route";

// The meeting as a calendar file. What the visitor may not see does not exist (404).
export const GET = guardedRoute(
  async (_request: Request, { params }: { params: Promise<{ id: string; meetingId: string }> }) => {
    const { id, meetingId } = await params;
    const file = await meetingCalendarDownload(id, meetingId);
    return file
      ? attachmentResponse(file.body, { contentType: "text/calendar; charset=utf-8", fileName: file.fileName })
      : notFoundDownload();
  },
);
