import { z } from 'astro/zod';
import { isCountryCode, SUPRANATIONAL } from '../lib/directory/countries';

/** ISO 3166-1 alpha-2, upper case, and a real country ("GB", not "UK"). */
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected a two-letter country code such as "US"')
  .refine(isCountryCode, { message: 'unknown country code: expected ISO 3166-1 alpha-2 such as "US", "NO" or "IL"' });

/** Where a law comes from: a country, or the EU or EEA where that is the source of the rule. */
export const lawCountry = z.union([z.enum(SUPRANATIONAL), countryCode], {
  error: 'expected a country code such as "US", "NO" or "IL", or "EU" / "EEA"',
});
