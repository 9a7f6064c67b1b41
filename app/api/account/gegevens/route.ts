import { exportFormat, personalExportResponse } from "@/lib/privacy/export-download";
import { guardedRoute } from "@/lib/http/guarded-route";

// Everything the platform holds about the signed-in person, as JSON or PDF (?format=json|pdf).
export const GET = guardedRoute(async (request: Request) => {
  return personalExportResponse(exportFormat(new URL(request.url).searchParams));
});
