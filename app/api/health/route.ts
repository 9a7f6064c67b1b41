import { checkDatabase } from "@/lib/health/check";

// For load balancers: 200 when this instance can reach its database.
export async function GET() {
  const ok = await checkDatabase();
  return Response.json(
    { status: ok ? "ok" : "database-unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
