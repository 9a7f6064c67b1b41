// SQL statements per page load, read off the query counter around single requests sent one
// after another (nothing else talks to the app meanwhile), so each delta belongs to exactly
// one request: the page's own queries plus the per-request session check.
import type { QueryCounter } from "./query-counter";

export interface QueriesPerRequest {
  min: number;
  max: number;
  /** Transaction-control statements (BEGIN/COMMIT…) per request, not included above. */
  transactionControl: number;
  /** The statements of the last request, most frequent first (for --verbose). */
  statements: [string, number][];
}

const settle = async (counter: QueryCounter) => {
  // Work scheduled after the response (e.g. next's after()) still belongs to the request.
  let last = counter.snapshot().queries;
  for (;;) {
    await new Promise((r) => setTimeout(r, 50));
    const now = counter.snapshot().queries;
    if (now === last) return;
    last = now;
  }
};

export async function countQueriesPerRequest(
  counter: QueryCounter,
  url: string,
  cookie: string,
  requests: number,
): Promise<QueriesPerRequest> {
  // One request first: opens pool connections and fills per-process caches.
  await (await fetch(url, { headers: { cookie } })).arrayBuffer();
  await settle(counter);

  const perRequest: number[] = [];
  let tx = 0;
  let statements: [string, number][] = [];
  for (let i = 0; i < requests; i++) {
    const before = counter.snapshot();
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status} while counting queries`);
    await settle(counter);
    const after = counter.snapshot();
    perRequest.push(after.queries - before.queries);
    tx += after.transactionControl - before.transactionControl;
    statements = [...after.byText]
      .map(([text, n]): [string, number] => [text, n - (before.byText.get(text) ?? 0)])
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1]);
  }
  return { min: Math.min(...perRequest), max: Math.max(...perRequest), transactionControl: tx / requests, statements };
}
