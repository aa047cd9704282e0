/**
 * The countries the site serves, and the codes content may use for a country.
 * A reader's country decides which laws and complaint bodies come first.
 */
import { isSupportedCountry } from 'libphonenumber-js/max';

/** The countries whose readers the site is written for, in their default order. */
export const READER_COUNTRIES = ['US', 'NO', 'IL'] as const;
export type ReaderCountry = (typeof READER_COUNTRIES)[number];

/** Where a rule comes from when it is not one country's: the EU, or the EEA (the EU plus Norway, Iceland and Liechtenstein). */
export const SUPRANATIONAL = ['EU', 'EEA'] as const;
export type Supranational = (typeof SUPRANATIONAL)[number];

/**
 * True for an ISO 3166-1 alpha-2 code of a real country. libphonenumber's
 * metadata lists every country and territory with a telephone numbering plan,
 * which is every ISO country a consumer could deal with; "XX" or "UK" (not ISO:
 * the code is GB) are refused.
 */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}

export function isReaderCountry(code: string): code is ReaderCountry {
  return (READER_COUNTRIES as readonly string[]).includes(code);
}

/** A law's countries as a reader is affected: an EEA or EU rule applies in Norway too (EU rules through the EEA agreement where it takes them in). */
export function lawAppliesIn(lawCountry: string, reader: ReaderCountry): boolean {
  if (lawCountry === reader) return true;
  if (reader === 'NO') return lawCountry === 'EEA' || lawCountry === 'EU';
  return false;
}

/**
 * Orders countries so the reader's own comes first, then the others in the
 * site's default order. Used for laws and bodies grouped by country.
 */
export function countriesFirst(reader: ReaderCountry): ReaderCountry[] {
  return [reader, ...READER_COUNTRIES.filter((c) => c !== reader)];
}
