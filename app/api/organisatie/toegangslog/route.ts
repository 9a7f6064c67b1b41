import { organisationAccessCsvResponse } from "@/lib/access-log/csv-download";

// The organisation's access log as CSV, for its privacy officer only; 404 for anyone else.
export async function GET(request: Request) {
  return organisationAccessCsvResponse(new URL(request.url).searchParams);
}
