import { organisationAccessCsvResponse } from "@/lib/access-log/csv-download";
import { guardedRoute } from "@/lib/http/guarded-route";

// The organisation's access log as CSV, for its privacy officer only; 404 for anyone else.
export const GET = guardedRoute(async (request: Request) => {
  return organisationAccessCsvResponse(new URL(request.url).searchParams);
});
