import { z } from 'astro/zod';
import type { CountryCode } from 'libphonenumber-js/max';
import { hasLetters, parsePhone, type ParsedPhone } from '../lib/directory/phone';

/**
 * A number as content writes it, tagged by its company's or body's schema with
 * the country to read a national-form number in (see withPhoneRegion). Content
 * never writes this shape itself.
 */
const regional = z.strictObject({ written: z.string(), region: z.string() });

/**
 * A phone number as written in content ("+1 866-510-9715", "915 09000",
 * "1-800-EXPEDIA"), checked against the number plan of its company's country
 * (a number starting with "+" names its own) and turned into E.164 plus display
 * forms. A number spelled with letters keeps that spelling as its vanity label.
 */
export const phoneNumber = z.union([z.string(), regional]).transform((input, ctx): ParsedPhone & { vanity?: string } => {
  const value = typeof input === 'string' ? input : input.written;
  const region = (typeof input === 'string' ? 'US' : input.region) as CountryCode;
  try {
    const parsed = parsePhone(value, region);
    return hasLetters(value) ? { ...parsed, vanity: value.trim() } : parsed;
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message, input: value });
    return z.NEVER;
  }
});

const PHONE_KINDS = new Set(['phone', 'fax']);

/**
 * Runs before a company's or body's schema: tags every phone and fax value
 * (and every scam number) with the entry's country, so that "23 40 06 00" on
 * a Norwegian entry is read as a Norwegian number, not a US one.
 */
export function withPhoneRegion(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const entry = raw as Record<string, unknown>;
  const country = entry.country;
  if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)) return raw;
  const tag = (item: unknown, always: boolean) => {
    if (typeof item !== 'object' || item === null) return item;
    const record = item as Record<string, unknown>;
    if (typeof record.value !== 'string' || !(always || PHONE_KINDS.has(record.kind as string))) return item;
    return { ...record, value: { written: record.value, region: country } };
  };
  return {
    ...entry,
    ...(Array.isArray(entry.contacts) ? { contacts: entry.contacts.map((c) => tag(c, false)) } : {}),
    ...(Array.isArray(entry.scamNumbers) ? { scamNumbers: entry.scamNumbers.map((s) => tag(s, true)) } : {}),
  };
}
