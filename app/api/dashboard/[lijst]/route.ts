import { dashboardCsvResponse } from "@/lib/dashboards/csv-export";
import { guardedRoute } from "@/lib/http/guarded-route";

// A dashboard list (initiatieven, stilstaand, steunvragen) as CSV with the page's filters.
// No dashboard for the visitor's workspace, or no session: 404.
export const GET = guardedRoute(async (request: Request, { params }: { params: Promise<{ lijst: string }> }) => {
  const { lijst } = await params;
  return dashboardCsvResponse(lijst, new URL(request.url).searchParams);
});
