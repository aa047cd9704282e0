/**
 * How old a value is, and whether it is old enough that a reader should check
 * it before relying on it. Dates stay strings of the precision the source gave
 * ("2019", "2024-02", "2024-02-12"): an age is never computed from a day the
 * source did not give.
 */
import { isRealIsoDate, latestIsoDate } from '../text/dates';

/** A value older than this many years is marked "check before relying on it". */
export const STALE_AFTER_YEARS = 2;

/** The environment variable that fixes the date ages are counted to, as "YYYY-MM-DD" (or "YYYY-MM", "YYYY"). */
export const TODAY_ENV = 'BEYOND_NO_TODAY';

export interface ReferenceDate {
  /** The date ages are counted to. */
  date: string;
  /** Where it came from: the build's environment, or the latest check recorded in the content. */
  basis: 'env' | 'content';
}

/**
 * The "today" that ages are counted to. Not the wall clock: two builds of the
 * same commit must give identical files, and a page must not quietly change
 * its warnings on a rebuild with no content change. A deploy that wants ages
 * counted to its own date sets BEYOND_NO_TODAY; otherwise the latest date
 * anyone checked the content (a company's lastChecked, a source's accessed)
 * is used, since that is the last day the values are known to have been read.
 */
export function referenceDate(contentDates: readonly string[], envValue: string | undefined = process.env[TODAY_ENV]): ReferenceDate {
  const fromEnv = envValue?.trim();
  if (fromEnv) {
    if (!isRealIsoDate(fromEnv)) {
      throw new Error(`${TODAY_ENV}="${fromEnv}" is not a date written as "YYYY-MM-DD" (or "YYYY-MM", "YYYY")`);
    }
    return { date: fromEnv, basis: 'env' };
  }
  const latest = latestIsoDate(contentDates.filter(isRealIsoDate));
  if (!latest) throw new Error(`no content date to count ages to: set ${TODAY_ENV} or give companies a lastChecked date`);
  return { date: latest, basis: 'content' };
}

/** The dates that say when the content was last read: every company's lastChecked and every source's accessed. */
export function contentCheckDates(input: {
  companies: readonly { data: { lastChecked: string } }[];
  sources: ReadonlyMap<string, { data: { accessed: string } }>;
}): string[] {
  return [...input.companies.map((c) => c.data.lastChecked), ...[...input.sources.values()].map((s) => s.data.accessed)];
}

interface Parts {
  year: number;
  month?: number;
  day?: number;
}

function partsOf(value: string): Parts {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

/** An age at the precision both dates allow: whole years when either is a bare year, else whole months. */
export type Age = { unit: 'years'; count: number; approximate: true } | { unit: 'months'; count: number; approximate: false };

/** How old a value dated `asOf` is on `today`. A date after today counts as age zero. */
export function ageOf(asOf: string, today: string): Age {
  const from = partsOf(asOf);
  const to = partsOf(today);
  if (from.month === undefined || to.month === undefined) {
    // A bare year is only known to the year, so the age is too ("about 18 years").
    return { unit: 'years', count: Math.max(0, to.year - from.year), approximate: true };
  }
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  if (from.day !== undefined && to.day !== undefined && to.day < from.day) months -= 1;
  return { unit: 'months', count: Math.max(0, months), approximate: false };
}

/** The last day a date of any precision can mean: "2024" → "2024-12-31", "2024-02" → "2024-02-29". */
export function lastDayOf(value: string): string {
  const { year, month, day } = partsOf(value);
  if (month === undefined) return `${year}-12-31`;
  if (day !== undefined) return value;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${value}-${String(last).padStart(2, '0')}`;
}

/** The first day a date of any precision can mean: "2024" → "2024-01-01". */
export function firstDayOf(value: string): string {
  const { month, day } = partsOf(value);
  return month === undefined ? `${value}-01-01` : day === undefined ? `${value}-01` : value;
}

/**
 * True when the value is certainly more than STALE_AFTER_YEARS old: even the
 * latest day its date can mean falls before the cut-off. A date known only to
 * the year is not marked on a guess about which month it was.
 */
export function isStale(asOf: string, today: string, years = STALE_AFTER_YEARS): boolean {
  const start = firstDayOf(today);
  const cutoff = `${String(Number(start.slice(0, 4)) - years).padStart(4, '0')}${start.slice(4)}`;
  // Full ISO days compare correctly as text, even a cut-off of 29 February in a common year.
  return lastDayOf(asOf) < cutoff;
}

/** Which interface string says an age, and its number: kept apart from the words so another language can plural its own way. */
export function ageWording(age: Age): { key: 'underMonth' | 'months' | 'years' | 'thisYear' | 'aboutYears'; n: number } {
  // "months", "years" and "aboutYears" are plural keys: the wording for n comes from Intl.PluralRules in the page's language.
  if (age.unit === 'years') return { key: age.count === 0 ? 'thisYear' : 'aboutYears', n: age.count };
  if (age.count === 0) return { key: 'underMonth', n: 0 };
  if (age.count < 12) return { key: 'months', n: age.count };
  return { key: 'years', n: Math.floor(age.count / 12) };
}
