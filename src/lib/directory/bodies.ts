/**
 * The ladder outside the company: which complaint bodies a reader goes to
 * for a company or a tactic, and in what order.
 */
import { READER_COUNTRIES, countriesFirst, type ReaderCountry } from './countries';

export interface BodyLike {
  id: string;
  data: { name: string; country: string; sectors: readonly string[]; step: number };
}

function countryRank(country: string): number {
  const index = (READER_COUNTRIES as readonly string[]).indexOf(country);
  return index === -1 ? READER_COUNTRIES.length : index;
}

/** Sorts in place: by country in the site's order, then by step, then by name. */
export function sortBodies<T extends BodyLike>(bodies: T[]): T[] {
  return bodies.sort(
    (a, b) =>
      countryRank(a.data.country) - countryRank(b.data.country) ||
      a.data.step - b.data.step ||
      a.data.name.localeCompare(b.data.name, 'en'),
  );
}

/** True when the body takes complaints about this industry. */
export function covers(body: BodyLike, industry: string): boolean {
  return body.data.sectors.includes('all') || body.data.sectors.includes(industry);
}

/**
 * The bodies above one company, in the order a person should go to them:
 * its country's bodies that cover its industry, sector bodies before general
 * ones at the same step.
 */
export function bodiesFor<T extends BodyLike>(bodies: readonly T[], company: { country: string; industry: string }): T[] {
  return bodies
    .filter((b) => b.data.country === company.country && covers(b, company.industry))
    .sort(
      (a, b) =>
        a.data.step - b.data.step ||
        Number(a.data.sectors.includes('all')) - Number(b.data.sectors.includes('all')) ||
        a.data.name.localeCompare(b.data.name, 'en'),
    );
}

/**
 * Groups items that carry a country (laws, bodies) by the reader countries,
 * the reader's own first; items of a supranational source (EU, EEA) go with
 * the countries they apply in. Countries with nothing are dropped.
 */
export function groupByCountry<T>(
  items: readonly T[],
  countryOf: (item: T) => string,
  reader: ReaderCountry = 'US',
  appliesIn: (itemCountry: string, country: ReaderCountry) => boolean = (a, b) => a === b,
): { country: ReaderCountry; items: T[] }[] {
  return countriesFirst(reader)
    .map((country) => ({ country, items: items.filter((item) => appliesIn(countryOf(item), country)) }))
    .filter((group) => group.items.length > 0);
}
