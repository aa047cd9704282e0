/**
 * Calendar-day arithmetic on "YYYY-MM-DD" strings. Days are counted in UTC so
 * that a daylight-saving change can never add or lose a day; the person's own
 * "today" is read from their local clock, since that is the day they live in.
 */
import { isRealIsoDate } from '../text/dates';

const DAY_MS = 86_400_000;

/** True for a real day written "YYYY-MM-DD" (not a bare year or month). */
export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealIsoDate(value);
}

function toUtcMs(day: string): number {
  if (!isIsoDay(day)) throw new RangeError(`"${day}" is not a day written as YYYY-MM-DD`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day `days` after (or before, when negative) the given day. */
export function addDays(day: string, days: number): string {
  return fromUtcMs(toUtcMs(day) + days * DAY_MS);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The local calendar day of a moment, as "YYYY-MM-DD". */
export function localDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
