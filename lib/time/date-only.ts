// Dates without a time of day ("YYYY-MM-DD"): due dates, arrangement periods. PostgreSQL
// `date` columns (@db.Date) reach us as a Date at UTC midnight, so their calendar date is the
// UTC one; an instant (a timestamp such as updatedAt or startsAt) has a date only in a time
// zone: use amsterdamDate() from ./amsterdam for those.

/** A calendar date as "YYYY-MM-DD". */
export type IsoDate = string;

/** The date a date-only column holds (a Date at UTC midnight). Not for instants. */
export function dateOnly(value: Date): IsoDate {
  return value.toISOString().slice(0, 10);
}

/** dateOnly for a nullable column. */
export function dateOnlyOrNull(value: Date | null | undefined): IsoDate | null {
  return value ? dateOnly(value) : null;
}

/** The value to store in a date-only column: UTC midnight of that date. */
export function dateOnlyValue(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** A due date passed: it lies before today (on the due date itself nothing is late yet). */
export function isPastDue(dueDate: Date | null | undefined, today: IsoDate): boolean {
  const due = dateOnlyOrNull(dueDate);
  return due !== null && due < today;
}
