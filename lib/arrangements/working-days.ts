// Review deadlines in working days: Monday to Friday, not on a Dutch public holiday
// (see holidays.ts for which days count and why).
import { amsterdamDate } from "../time/amsterdam";
import { addDays, daysBetween, weekday, type IsoDate } from "./dates";
import { isDutchPublicHoliday } from "./holidays";

/** Reviewers have this many working days after submission. */
export const REVIEW_LIMIT_WORKING_DAYS = 10;

export function isWorkingDay(date: IsoDate): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !isDutchPublicHoliday(date);
}

/**
 * Working days after `fromDate` up to and including `toDate`: from Friday to the next Monday
 * is 1. Zero when `toDate` is not after `fromDate`.
 */
export function workingDaysBetween(fromDate: IsoDate, toDate: IsoDate): number {
  let count = 0;
  for (let i = 1, n = daysBetween(fromDate, toDate); i <= n; i++) {
    if (isWorkingDay(addDays(fromDate, i))) count++;
  }
  return count;
}

/** The date `count` working days after `fromDate` (fromDate itself when count is 0). */
export function addWorkingDays(fromDate: IsoDate, count: number): IsoDate {
  let date = fromDate;
  for (let left = count; left > 0;) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) left--;
  }
  return date;
}

/** An instant becomes its date in the Netherlands; a date stays as it is. */
function dateOf(value: IsoDate | Date): IsoDate {
  return value instanceof Date ? amsterdamDate(value) : value;
}

/**
 * More than `limit` working days have passed since submission. The submission day itself
 * does not count: submitted on a Monday with no holidays in the next two weeks, the 10th
 * working day is the Monday two weeks later, and the review is overdue from that Tuesday.
 */
export function isOverdueForReview(
  submittedAt: IsoDate | Date,
  today: IsoDate | Date,
  limit = REVIEW_LIMIT_WORKING_DAYS,
): boolean {
  return workingDaysBetween(dateOf(submittedAt), dateOf(today)) > limit;
}
