// What this process last learned about its database: reachable or not, and since when. Kept on
// globalThis because the proxy (its own bundle) and the app share the process but not modules.
// No imports: the proxy reads it on every request.
interface AvailabilityState {
  down: boolean;
  since: number;
  watching: boolean;
  probing: boolean;
}

const holder = globalThis as unknown as { __snsDatabaseAvailability?: AvailabilityState };

export function availabilityState(): AvailabilityState {
  return (holder.__snsDatabaseAvailability ??= { down: false, since: 0, watching: false, probing: false });
}

/** True while the last probe (or a failed query) found the database unreachable. */
export function databaseKnownUnavailable(): boolean {
  return availabilityState().down;
}

export function noteDatabaseReachable(reachable: boolean): void {
  const state = availabilityState();
  if (state.down === !reachable) return;
  state.down = !reachable;
  state.since = Date.now();
  console.warn(reachable ? "database reachable again" : "database unreachable: answering 503 until it returns");
}

/**
 * A query found the database unreachable. Only where a watcher runs (the app server) does that
 * open the circuit: the watcher's next good probe closes it, which nothing would do elsewhere.
 */
export function noteQueryFoundDatabaseUnreachable(): void {
  if (availabilityState().watching) noteDatabaseReachable(false);
}

/** Seconds a client should wait before trying again. */
export const RETRY_AFTER_S = 30;
