// The confirmation period between a guardian's request to erase a child's record and the
// erasure: long enough for the other guardians and the organisations told to react, and for
// the guardian to change their mind (decision 0012).
export const ERASURE_CONFIRMATION_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

export function erasureEffectiveAfter(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + ERASURE_CONFIRMATION_DAYS * DAY_MS);
}
