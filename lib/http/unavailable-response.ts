// The answer while the database cannot be reached (the proxy sends it): 503 with Retry-After,
// a short page in Dutch (and English) for people, JSON for API clients. Self-contained: it
// needs no database, no session and no script.
import { RETRY_AFTER_S } from "../db/availability-state";

const PAGE = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Even niet bereikbaar — Samen naar School</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #1f2937">
<main>
<h1 style="font-size: 1.5rem">Samen naar School is even niet bereikbaar</h1>
<p>Het platform kan zijn database op dit moment niet bereiken. Wat u net verstuurde, is <strong>niet opgeslagen</strong>.</p>
<p>Probeer het over een minuut opnieuw. Ga daarvoor terug (uw ingevulde tekst staat dan meestal nog in het formulier) of <a href="">laad deze pagina opnieuw</a>.</p>
<p lang="en">Samen naar School is briefly unavailable: it cannot reach its database. Nothing you just sent was saved. Please try again in a minute.</p>
</main>
</body>
</html>
`;

export function databaseUnavailableResponse(pathname: string): Response {
  const headers = { "Retry-After": String(RETRY_AFTER_S), "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/")) return Response.json({ status: "database-unavailable" }, { status: 503, headers });
  return new Response(PAGE, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
