import { exportFormat, personalExportResponse } from "@/lib/privacy/export-download";

// Everything the platform holds about the signed-in person, as JSON or PDF (?format=json|pdf).
export async function GET(request: Request) {
  return personalExportResponse(exportFormat(new URL(request.url).searchParams));
}
