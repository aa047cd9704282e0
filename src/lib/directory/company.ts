/** Facts derived from one company's entry. */
import type { ParsedPhone } from './phone';

interface CompanyPhonesShape {
  contacts: readonly { kind: string; value: unknown }[];
  scamNumbers: readonly { value: ParsedPhone }[];
}

/**
 * Every phone and fax number on the company's page, scam numbers included, so
 * that a person who types any of them finds this page and its warnings.
 */
export function companyPhones(company: CompanyPhonesShape): ParsedPhone[] {
  const listed = company.contacts
    .filter((c) => c.kind === 'phone' || c.kind === 'fax')
    .map((c) => c.value as ParsedPhone);
  return [...listed, ...company.scamNumbers.map((s) => s.value)];
}
