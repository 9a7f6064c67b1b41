// Dutch public holidays, as the Algemene termijnenwet (Atw) art. 3 defines them for
// computing time limits. A review deadline is a time limit, so this one legal source decides:
// - lid 1: Nieuwjaarsdag, Tweede Paas- en Pinksterdag, both Christmas days, Hemelvaartsdag,
//   the day the King's birthday is celebrated (Koningsdag: 27 April, or 26 April when the 27th
//   is a Sunday), and 5 May. Bevrijdingsdag therefore counts EVERY year, not only every fifth
//   year as in many collective agreements; the reviewing organisations (gemeenten, SWV,
//   zorgkantoor, school boards) get one extra day rather than one too few.
// - lid 2: Goede Vrijdag is equated with these holidays. It is not a general day off, but
//   following the Atw in full keeps the rule explainable with one source; at most it moves a
//   deadline by one day around Easter.
// First Easter and Whit Sunday are listed for completeness (they are Sundays anyway). Days the
// Crown equates with holidays per three-year decree (Atw lid 3, e.g. the Friday after
// Hemelvaartsdag) are not included: they are not known in advance for every year.
import { addDays, isoDate, weekday, type IsoDate } from "./dates";

export interface Holiday {
  date: IsoDate;
  name: string;
}

/** Easter Sunday (Gregorian calendar), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** 27 April, or Saturday 26 April when the 27th falls on a Sunday. */
export function koningsdag(year: number): IsoDate {
  const date = isoDate(year, 4, 27);
  return weekday(date) === 0 ? isoDate(year, 4, 26) : date;
}

/** The year's holidays in date order. */
export function dutchPublicHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const holidays: Holiday[] = [
    { date: isoDate(year, 1, 1), name: "Nieuwjaarsdag" },
    { date: addDays(easter, -2), name: "Goede Vrijdag" },
    { date: easter, name: "Eerste Paasdag" },
    { date: addDays(easter, 1), name: "Tweede Paasdag" },
    { date: koningsdag(year), name: "Koningsdag" },
    { date: isoDate(year, 5, 5), name: "Bevrijdingsdag" },
    { date: addDays(easter, 39), name: "Hemelvaartsdag" },
    { date: addDays(easter, 49), name: "Eerste Pinksterdag" },
    { date: addDays(easter, 50), name: "Tweede Pinksterdag" },
    { date: isoDate(year, 12, 25), name: "Eerste Kerstdag" },
    { date: isoDate(year, 12, 26), name: "Tweede Kerstdag" },
  ];
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const cache = new Map<number, Set<IsoDate>>();

export function isDutchPublicHoliday(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  let dates = cache.get(year);
  if (!dates) {
    dates = new Set(dutchPublicHolidays(year).map((h) => h.date));
    cache.set(year, dates);
  }
  return dates.has(date);
}
