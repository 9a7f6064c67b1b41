// Bounded answers about the database (issue #13): a probe that gives up after 1.5 s whatever the
// server does (frozen, gone, slow), and a watcher that probes every 2 s inside the app server
// so that a frozen database turns pages into 503s within seconds and back when it returns,
// without a restart.
import type { Db } from "./create-client";
import { availabilityState, noteDatabaseReachable } from "./availability-state";

export const PROBE_TIMEOUT_MS = 1500;
const WATCH_INTERVAL_MS = 2000;

export async function probeDatabase(db: Promise<Db> | Db, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const answered = (async () => {
    try {
      await (
        await db
      ).$queryRaw`SELECT 1`;
      return true;
    } catch {
      return false;
    }
  })();
  const reachable = await Promise.race([answered, timedOut]);
  clearTimeout(timer);
  noteDatabaseReachable(reachable);
  return reachable;
}

/** Starts the watcher once per process (the app server; scripts and tests do not need it). */
export function watchDatabase(getDb: () => Promise<Db>): void {
  const state = availabilityState();
  if (state.watching) return;
  state.watching = true;
  setInterval(() => {
    // One probe at a time: a frozen server would otherwise pile up hanging probes in the pool.
    if (state.probing) return;
    state.probing = true;
    void probeDatabase(getDb()).finally(() => (state.probing = false));
  }, WATCH_INTERVAL_MS).unref();
}
