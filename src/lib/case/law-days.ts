/**
 * Counting a legal period the way each country's law counts it, on
 * "YYYY-MM-DD" days. Pure: the rest days (public holidays) are handed in, read
 * at build time from a maintained calendar library (src/lib/case/rest-days.ts),
 * so the browser never carries a holiday table typed by hand.
 */
import { addDays, isIsoDay } from './days';

/** 0 for Sunday … 6 for Saturday, the same on every clock (days are counted in UTC). */
export function weekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The day `months` calendar months after `day`. A period in months ends on the
 * day with the same number; when that month is shorter, on its last day
 * (31 January + 1 month = 28 or 29 February), never spilling into the next month.
 */
export function addMonths(day: string, months: number): string {
  if (!isIsoDay(day)) throw new RangeError(`"${day}" is not a day written as YYYY-MM-DD`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const date = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The day `years` after `day`: 29 February falls back to 28 February in a common year. */
export function addYears(day: string, years: number): string {
  return addMonths(day, years * 12);
}

/** A set of rest days ("YYYY-MM-DD") and the years it covers: outside them nothing is known. */
export interface RestDays {
  days: ReadonlySet<string>;
  fromYear: number;
  toYear: number;
}

export function restDays(days: Iterable<string>, fromYear: number, toYear: number): RestDays {
  return { days: new Set(days), fromYear, toYear };
}

/** True when the calendar covers the day's year, so a holiday on it would be known. */
export function covers(calendar: RestDays, day: string): boolean {
  const year = Number(day.slice(0, 4));
  return year >= calendar.fromYear && year <= calendar.toYear;
}

/** In Israel the Sabbath and the holidays are rest days (ימי מנוחה). */
export function isIsraeliRestDay(day: string, calendar: RestDays): boolean {
  return weekday(day) === 6 || calendar.days.has(day);
}

/**
 * An Israeli period of `days` days from an event: the day of the event is not
 * counted, Saturdays and holidays inside the period are, and when the last day
 * is a Sabbath or a holiday the period ends on the next day that is neither
 * (the Consumer Council's rule for § 14ג). Returns where the count ended before
 * moving, too, so the reader can be told why the day moved.
 */
export function israeliPeriodEnd(from: string, days: number, calendar: RestDays): { last: string; counted: string } {
  const counted = addDays(from, days);
  let last = counted;
  while (isIsraeliRestDay(last, calendar)) last = addDays(last, 1);
  return { last, counted };
}

/**
 * The `count`th Israeli business day after `from`: Sunday to Thursday, not a
 * holiday. Friday is left out too, so the day given is never earlier than the
 * law's, whichever week a business keeps.
 */
export function israeliBusinessDaysAfter(from: string, count: number, calendar: RestDays): string {
  let day = from;
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (weekday(day) !== 5 && !isIsraeliRestDay(day, calendar)) left -= 1;
  }
  return day;
}
