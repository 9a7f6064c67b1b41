import { meetingCalendarDownload } from "@/lib/meetings/ics-download";

// The meeting as a calendar file. What the visitor may not see does not exist (404).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; meetingId: string }> }) {
  const { id, meetingId } = await params;
  const file = await meetingCalendarDownload(id, meetingId);
  if (!file) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(file.body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
