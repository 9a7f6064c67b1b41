import "server-only";
import { probeDatabase } from "../db/availability";
import { RETRY_AFTER_S } from "../db/availability-state";
import { getDb } from "../db/client";

/** Whether the database answers within 1.5 s; the health route answers within 2 s either way. */
export async function checkDatabase(): Promise<boolean> {
  return probeDatabase(getDb());
}

/** For load balancers: 200 when this instance can reach its database, 503 with Retry-After otherwise. */
export async function healthResponse(): Promise<Response> {
  const ok = await checkDatabase();
  return Response.json(
    { status: ok ? "ok" : "database-unavailable" },
    {
      status: ok ? 200 : 503,
      headers: { "Cache-Control": "no-store", ...(ok ? {} : { "Retry-After": String(RETRY_AFTER_S) }) },
    },
  );
}
