// Keyset cursor for the timeline: "<epoch ms>.<event id>" of the last event shown. Stable while
// new events arrive (unlike page numbers), and cheap on the (initiativeId, createdAt) index.
export interface TimelineCursor {
  at: Date;
  id: string;
}

export function encodeCursor(event: { createdAt: Date; id: string }): string {
  return `${event.createdAt.getTime()}.${event.id}`;
}

/** Anything malformed reads as "no cursor": the newest page. */
export function decodeCursor(raw: string | null | undefined): TimelineCursor | null {
  const m = raw ? /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/.exec(raw) : null;
  if (!m) return null;
  const at = new Date(Number(m[1]));
  return Number.isNaN(at.getTime()) ? null : { at, id: m[2]! };
}
