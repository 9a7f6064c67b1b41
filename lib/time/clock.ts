// The app's one clock. Everything that asks "what time is it" (and so "what day is it") goes
// through clock.now(), so a test can pin the whole app to one instant. Functions that take a
// `now` parameter default it to clock.now(); callers normally leave it out.

type Source = () => Date;

const systemTime: Source = () => new Date();
let source: Source = systemTime;

export const clock = {
  /** The current instant: the system time, unless a test pinned it. */
  now(): Date {
    return source();
  },
};

/** Tests only: from now on the clock reads `at` (a fresh Date each call, so callers may mutate theirs). */
export function pinClock(at: Date | string): void {
  const ms = new Date(at).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${String(at)}`);
  source = () => new Date(ms);
}

/** Tests only: back to the system time. */
export function resetClock(): void {
  source = systemTime;
}
