// The app lives in the Netherlands: "today" is the date in Amsterdam, and times people type
// (an <input type="datetime-local">) are Amsterdam wall-clock time, stored as instants (UTC).
// These helpers convert both ways, daylight saving time included.
import { clock } from "./clock";
import type { IsoDate } from "./date-only";

export const TIME_ZONE = "Europe/Amsterdam";

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function wallClock(instant: Date) {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return {
    y: Number(p.year),
    mo: Number(p.month),
    d: Number(p.day),
    h: Number(p.hour),
    mi: Number(p.minute),
    s: Number(p.second),
  };
}

/** Offset of Amsterdam from UTC at the given instant, in milliseconds (+1h or +2h). */
function offsetAt(instant: Date): number {
  const w = wallClock(instant);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(instant.getTime() / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2027-03-10T14:00" in Amsterdam → the instant; null when the text is no valid date-time. */
export function parseAmsterdamLocal(value: string): Date | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(asUtc);
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  )
    return null;
  // Two passes: the offset at the first guess can differ from the one at the answer near a DST switch.
  let instant = asUtc - offsetAt(new Date(asUtc));
  instant = asUtc - offsetAt(new Date(instant));
  return new Date(instant);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The instant as Amsterdam wall-clock time, in the format a datetime-local input expects. */
export function toAmsterdamLocal(instant: Date): string {
  const w = wallClock(instant);
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}`;
}

/** The date an instant falls on in the Netherlands (for timestamps; date-only columns use dateOnly). */
export function amsterdamDate(instant: Date): IsoDate {
  const w = wallClock(instant);
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}`;
}

/**
 * Today's date in the Netherlands, from the app's clock. Every "today", "due" and "overdue" in
 * the app starts here: between midnight and 01:00/02:00 the UTC date is still yesterday.
 */
export function amsterdamToday(now: Date = clock.now()): IsoDate {
  return amsterdamDate(now);
}
