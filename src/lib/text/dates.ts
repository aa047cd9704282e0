/**
 * Dates in content are strings: "YYYY-MM-DD", or "YYYY-MM" / "YYYY" where a
 * source gives no finer date (a 10-K "for fiscal 2019"). They stay strings end
 * to end: a JavaScript Date carries a time zone, invents a day the source never
 * gave, and silently rolls 2023-02-30 over to 2 March.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when the string is a real year, month or day written as YYYY, YYYY-MM or YYYY-MM-DD. */
export function isRealIsoDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** How precise a date string is. */
export function datePrecision(value: string): 'year' | 'month' | 'day' {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** Formats "2024-02-12" as "12 February 2024", "2024-02" as "February 2024", "2024" as "2024". */
export function formatIsoDate(value: string, locale = 'en-GB'): string {
  const [year, month = 1, day = 1] = value.split('-').map(Number) as [number, number?, number?];
  const precision = datePrecision(value);
  const options: Intl.DateTimeFormatOptions =
    precision === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric' }
      : precision === 'month'
        ? { month: 'long', year: 'numeric' }
        : { year: 'numeric' };
  return formatter(locale, precision, options).format(new Date(Date.UTC(year, month - 1, day)));
}

// Building an Intl.DateTimeFormat is costly; a large directory formats tens of thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

/** Compares two date strings; ISO strings sort as text, and a bare year sorts before its months. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The latest of the given dates, or undefined when there are none. */
export function latestIsoDate(dates: readonly string[]): string | undefined {
  return [...dates].sort(compareIsoDates).at(-1);
}
