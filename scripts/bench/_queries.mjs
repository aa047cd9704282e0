// The 20 benchmark queries: company names and aliases, phone numbers typed in
// the forms people use, and problem words. Companies are picked from the first
// generated ones, which are the same at every scale (same seed), so 1,000 and
// 10,000 answer the same questions. `expect` is the page that should come first.
import { parsePhone } from '../../src/lib/directory/phone.ts';

const page = (id) => `/companies/${id}/`;

/** @param {import('../../tests/support/synthetic-directory.ts').SyntheticCompany[]} companies */
export function benchQueries(companies) {
  const early = companies.slice(0, 200);
  const nth = (i, test = () => true) => {
    const found = early.filter(test)[i];
    if (!found) throw new Error('the synthetic directory is too small for the benchmark queries');
    return found;
  };
  const national = (company, index = 0) => parsePhone(company.phones[index].e164).nationalNumber;
  const us = (c) => c.phones[0] && parsePhone(c.phones[0].e164).countryCode === '1' && !c.phones[0].vanity;
  const [a, b, c, d, e] = [0, 1, 2, 3, 4].map((i) => nth(i, us));
  const alias = nth(0, (x) => x.aliases.length > 0);
  const vanity = nth(0, (x) => x.phones.some((p) => p.vanity));
  const scam = nth(0, (x) => x.scamNumbers.length > 0);
  const gb = nth(0, (x) => x.phones.some((p) => p.e164.startsWith('+44')));
  const dashed = (nn) => `${nn.slice(0, 3)}-${nn.slice(3, 6)}-${nn.slice(6)}`;

  return [
    { kind: 'name', text: a.name, expect: page(a.id) },
    { kind: 'name', text: b.name.split(' ')[0], expect: page(b.id) },
    { kind: 'alias', text: alias.aliases[0], expect: page(alias.id) },
    { kind: 'name', text: 'Expedia', expect: page('expedia') },
    { kind: 'name', text: 'verizon', expect: page('verizon') },
    { kind: 'name', text: c.name.toLowerCase(), expect: page(c.id) },
    { kind: 'phone', text: national(a), expect: page(a.id) },
    { kind: 'phone', text: dashed(national(b)), expect: page(b.id) },
    { kind: 'phone', text: `(${national(c).slice(0, 3)}) ${national(c).slice(3, 6)}-${national(c).slice(6)}`, expect: page(c.id) },
    { kind: 'phone', text: parsePhone(d.phones[0].e164).international, expect: page(d.id) },
    { kind: 'phone', text: `1-${dashed(national(e))}`, expect: page(e.id) },
    { kind: 'phone', text: vanity.phones.find((p) => p.vanity).vanity, expect: page(vanity.id) },
    { kind: 'phone', text: dashed(parsePhone(scam.scamNumbers[0]).nationalNumber), expect: page(scam.id) },
    { kind: 'phone', text: parsePhone(gb.phones.find((p) => p.e164.startsWith('+44')).e164).international, expect: page(gb.id) },
    { kind: 'problem', text: 'refund' },
    { kind: 'problem', text: 'chargeback' },
    { kind: 'problem', text: 'lost baggage' },
    { kind: 'problem', text: 'hung up on me' },
    { kind: 'problem', text: 'warranty repair' },
    { kind: 'problem', text: 'executive office' },
  ];
}
