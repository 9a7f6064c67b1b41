// Load on one URL with autocannon. autocannon reports p90 and p97.5 but no p95, so every
// response time is recorded here (its `response` event) and the percentiles are exact.
import autocannon, { type Result } from "autocannon";

export interface LoadResult {
  p50: number;
  p95: number;
  requestsPerSecond: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** How busy the machine's CPUs were just before the run (other processes), if known. */
  cpuBusyBefore?: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  // Nearest-rank: the smallest value with at least p% of the samples at or below it.
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

function run(
  url: string,
  cookie: string,
  connections: number,
  seconds: number,
): Promise<{ result: Result; latencies: number[] }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      { url, connections, duration: seconds, headers: { cookie }, timeout: 30 },
      (err, result) => (err ? reject(err) : resolve({ result, latencies })),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** A short warm-up (not counted: JIT, caches, pool connections), then the measured run. */
export async function measure(
  url: string,
  cookie: string,
  opts: { connections: number; seconds: number; warmupSeconds: number },
): Promise<LoadResult> {
  if (opts.warmupSeconds > 0) await run(url, cookie, opts.connections, opts.warmupSeconds);
  const { result, latencies } = await run(url, cookie, opts.connections, opts.seconds);
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    // Completed responses over the measured time: the same as autocannon's mean req/s, but
    // not rounded to whole seconds' buckets.
    requestsPerSecond: latencies.length / result.duration,
    requests: latencies.length,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
