/**
 * Every number of the directory as people type it, made from the content
 * files with libphonenumber-js, independently of the site's own phone code:
 * the cases of the look-up's tests (tests/dist/lookup-numbers.test.ts reads
 * the built number files; tests/e2e/lookup.test.ts asks the page).
 */
import { parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js/max';
import { readCollection, type CompanyData } from './content';

const KEYPAD: Record<string, string> = Object.fromEntries(
  ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((keys, i) => [...keys].map((k) => [k, String(i + 2)])),
);

/** A number as content writes it, read for its company's country (as the build reads it). */
export const parseWritten = (written: string, region: CountryCode) =>
  parsePhoneNumberWithError(written.replace(/[a-z]/gi, (l) => KEYPAD[l.toUpperCase()]!), region);

/**
 * The ways people write a number. A US number: as published, digits, grouped, bracketed, dotted,
 * international, E.164, tel: link. Another country's: as published, in its national form, its national
 * digits (with the trunk 0 where the country dials one), international, E.164, 00 and the country code,
 * and tel: link.
 */
export function typedFormats(written: string, region: CountryCode): string[] {
  const phone = parseWritten(written, region);
  if (phone.countryCallingCode !== '1') {
    const national = phone.formatNational();
    return [
      ...new Set([
        written,
        national,
        national.replace(/\D/g, ''),
        phone.formatInternational(),
        phone.number,
        `tel:${phone.number}`,
        `00${phone.countryCallingCode}${phone.nationalNumber}`,
      ]),
    ];
  }
  const nn = phone.nationalNumber;
  const [a, b, c] = [nn.slice(0, 3), nn.slice(3, 6), nn.slice(6)];
  return [
    written,
    nn,
    `${a}-${b}-${c}`,
    `(${a}) ${b}-${c}`,
    `${a}.${b}.${c}`,
    `+${phone.countryCallingCode} ${a} ${b} ${c}`,
    phone.number,
    `tel:${phone.number}`,
  ];
}

export interface Case {
  company: string;
  region: CountryCode;
  status: string;
  written: string;
  /** How the number reads back on the page: national form, or a short code as written. */
  shown: string;
  /** The ways a person types it. */
  formats: string[];
  /** A short code: typed only as dialled. */
  shortCode?: boolean;
  replacement?: string;
}

/** A number case from a phone, fax or scam number as the content writes it. */
function phoneCase(company: string, region: CountryCode, status: string, written: string, replacement?: string): Case {
  return { company, region, status, written, shown: parseWritten(written, region).formatNational(), formats: typedFormats(written, region), replacement };
}

/** A company file's data, with the contact fields that link a superseded number to its replacement. */
type LinkedCompany = Omit<CompanyData, 'contacts'> & {
  contacts: (CompanyData['contacts'][number] & { id?: string; replacedBy?: string })[];
};
const companies = readCollection<LinkedCompany>('companies');
export const cases: Case[] = companies.flatMap(({ id, data }) => {
  const region = data.country as CountryCode;
  return [
    ...data.contacts
      .filter((c) => c.kind === 'phone' || c.kind === 'fax')
      .map((c) => {
        const replacedBy = c.replacedBy ? data.contacts.find((r) => r.id === c.replacedBy) : undefined;
        const replacement = replacedBy ? parseWritten(String(replacedBy.value), region).formatNational() : undefined;
        return phoneCase(id, region, c.status ?? 'current', String(c.value), replacement);
      }),
    // A short code ("*2000", "103") is typed as dialled, or followed from a tel: link.
    ...data.contacts
      .filter((c) => c.kind === 'short-code')
      .map((c) => {
        const written = String(c.value);
        return { company: id, region, status: c.status ?? 'current', written, shown: written, formats: [written, `tel:${written}`], shortCode: true };
      }),
    ...(data.scamNumbers ?? []).map((s) => phoneCase(id, region, 'scam', s.value)),
  ];
});

