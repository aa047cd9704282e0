/**
 * A synthetic company directory for the scale benchmark (scripts/bench/scale.mjs).
 * Never published: it writes a throwaway content folder (read by the build via
 * BEYOND_NO_CONTENT) holding the real tactics, sources and companies, so every
 * cross-reference resolves, plus generated companies up to the count asked for.
 *
 * Generated companies are shaped like the real ones: varied names and aliases,
 * 3 to 8 contacts across the rungs with numbers valid for libphonenumber-js/max
 * (each is checked with the site's own parsePhone), structured addresses, a
 * superseded value with replacedBy, sometimes a scam number, and an advice body.
 * A seeded PRNG makes the same seed give the same files.
 *
 * CLI: node tests/support/synthetic-directory.ts <dir> <count> [seed]
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { nameKey } from '../../src/lib/content/checks.ts';
import { parsePhone, tryParsePhone } from '../../src/lib/directory/phone.ts';
import { readCollection } from './content.ts';

export interface SyntheticCompany {
  id: string;
  name: string;
  aliases: string[];
  /** E.164 of every phone and fax contact, with the vanity spelling where one is used. */
  phones: { e164: string; vanity?: string }[];
  scamNumbers: string[];
}

export interface SyntheticDirectory {
  /** The content folder to hand to BEYOND_NO_CONTENT. */
  dir: string;
  /** Generated companies only (the real ones are copied beside them). */
  companies: SyntheticCompany[];
  /** How many real companies were copied in; generated + real = the count asked for. */
  realCompanies: number;
}

/** mulberry32: tiny, fast and good enough to vary content; the point is determinism. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const chance = (rand: Rand, p: number) => rand() < p;
const digits = (rand: Rand, n: number) => Array.from({ length: n }, () => int(rand, 0, 9)).join('');
function sample<T>(rand: Rand, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return out;
}

const SYLLABLES = [
  'nor', 'vel', 'quin', 'bra', 'sol', 'tam', 'ark', 'lum', 'cor', 'dex', 'fen', 'gal', 'hal', 'ist', 'jor', 'kel',
  'mar', 'nex', 'ost', 'pel', 'ran', 'sev', 'tor', 'ul', 'var', 'wen', 'zan', 'bel', 'cal', 'dor', 'ev', 'fal',
  'gor', 'lin', 'mo', 'na', 'ri', 'ta', 'vo', 'sky', 'tri', 'pax', 'cen', 'lo', 'bri', 'ka', 'ro', 'mi',
];

interface IndustryProfile {
  industry: 'airline' | 'travel' | 'telecom' | 'internet-and-tv' | 'appliances' | 'retail' | 'finance' | 'other';
  weight: number;
  suffixes: string[];
  noun: string;
  problems: string[];
  tactics: string[];
}

/** Suffixes, the problems readers bring, and the tactics that fit, per industry. Tactic ids are the real ones. */
const PROFILES: IndustryProfile[] = [
  { industry: 'airline', weight: 10, suffixes: ['Air', 'Airways', 'Airlines', 'Jet'], noun: 'Airline',
    problems: ['a cancelled flight refund', 'lost baggage', 'a delayed flight', 'a denied boarding', 'a voucher instead of a refund'],
    tactics: ['gather-the-facts', 'stay-calm', 'escalate-to-a-supervisor', 'go-public-on-social-media', 'threaten-a-chargeback'] },
  { industry: 'travel', weight: 12, suffixes: ['Travel', 'Trips', 'Holidays', 'Getaways'], noun: 'Online travel agency',
    problems: ['a hotel booking that vanished', 'a refund for a cancelled trip', 'a double charge on a booking', 'a car rental deposit'],
    tactics: ['gather-the-facts', 'choose-your-channel', 'pin-a-follow-up-date', 'write-to-headquarters', 'threaten-a-chargeback'] },
  { industry: 'telecom', weight: 12, suffixes: ['Wireless', 'Mobile', 'Telecom', 'Cellular'], noun: 'Mobile carrier',
    problems: ['a billing error', 'an early termination fee', 'unlocking a phone', 'a promotion credit that never arrived', 'roaming charges'],
    tactics: ['ask-what-they-would-do', 'escalate-to-a-supervisor', 'executive-customer-service', 'pin-a-follow-up-date', 'watch-your-tone'] },
  { industry: 'internet-and-tv', weight: 10, suffixes: ['Cable', 'Broadband', 'Fiber', 'Net'], noun: 'Internet and TV provider',
    problems: ['an outage credit', 'a technician who never came', 'a price hike after the promotion', 'returning equipment'],
    tactics: ['be-reasonable', 'go-public-on-social-media', 'executive-customer-service', 'write-to-headquarters', 'stay-calm'] },
  { industry: 'appliances', weight: 10, suffixes: ['Appliances', 'Home', 'Kitchens', 'Electric'], noun: 'Appliance maker',
    problems: ['a warranty repair', 'a refrigerator that stopped cooling', 'a washer that leaks', 'a replacement part on back order'],
    tactics: ['quote-the-warranty', 'gather-the-facts', 'write-to-headquarters', 'be-reasonable', 'escalate-to-a-supervisor'] },
  { industry: 'retail', weight: 20, suffixes: ['Stores', 'Mart', 'Outfitters', 'Market', 'Goods'], noun: 'Retailer',
    problems: ['a return refused', 'an order that never arrived', 'a damaged delivery', 'a gift card balance', 'a price match'],
    tactics: ['stay-calm', 'choose-your-channel', 'ask-what-they-would-do', 'threaten-a-chargeback', 'quote-the-warranty'] },
  { industry: 'finance', weight: 16, suffixes: ['Bank', 'Financial', 'Credit Union', 'Capital'], noun: 'Bank',
    problems: ['a frozen account', 'an overdraft fee', 'a disputed card charge', 'a late fee waiver', 'a closed account'],
    tactics: ['gather-the-facts', 'pin-a-follow-up-date', 'executive-customer-service', 'watch-your-tone', 'write-to-headquarters'] },
  { industry: 'other', weight: 10, suffixes: ['Energy', 'Insurance', 'Services', 'Utilities'], noun: 'Service provider',
    problems: ['a claim denied', 'an estimated bill', 'a cancellation fee', 'a contract that auto-renewed'],
    tactics: ['be-reasonable', 'escalate-to-a-supervisor', 'write-to-headquarters', 'ask-what-they-would-do', 'pin-a-follow-up-date'] },
];

interface Place {
  country: 'US' | 'CA' | 'GB';
  /** Area code as dialled after the country code. */
  area: string;
  city: string;
  region?: string;
  postcode: (rand: Rand) => string;
}

const us = (area: string, city: string, region: string, zip3: string): Place => ({
  country: 'US', area, city, region, postcode: (rand) => `${zip3}${digits(rand, 2)}`,
});
const ca = (area: string, city: string, region: string, fsa: string): Place => ({
  country: 'CA', area, city, region, postcode: (rand) => `${fsa} ${int(rand, 1, 9)}${pick(rand, [...'ABCEGHJKLMNPRSTVWXYZ'])}${int(rand, 1, 9)}`,
});
const gb = (area: string, city: string, district: string): Place => ({
  country: 'GB', area, city, postcode: (rand) => `${district} ${int(rand, 1, 9)}${pick(rand, [...'ABDEFGHJLNPQRSTUWXYZ'])}${pick(rand, [...'ABDEFGHJLNPQRSTUWXYZ'])}`,
});

/** Real area codes with the city they serve, so a company's phone and address agree. */
const PLACES: Place[] = [
  us('212', 'New York', 'NY', '100'), us('415', 'San Francisco', 'CA', '941'), us('206', 'Seattle', 'WA', '981'),
  us('312', 'Chicago', 'IL', '606'), us('404', 'Atlanta', 'GA', '303'), us('617', 'Boston', 'MA', '021'),
  us('713', 'Houston', 'TX', '770'), us('214', 'Dallas', 'TX', '752'), us('305', 'Miami', 'FL', '331'),
  us('602', 'Phoenix', 'AZ', '850'), us('303', 'Denver', 'CO', '802'), us('612', 'Minneapolis', 'MN', '554'),
  us('313', 'Detroit', 'MI', '482'), us('215', 'Philadelphia', 'PA', '191'), us('503', 'Portland', 'OR', '972'),
  us('704', 'Charlotte', 'NC', '282'), us('512', 'Austin', 'TX', '787'), us('314', 'St. Louis', 'MO', '631'),
  us('615', 'Nashville', 'TN', '372'), us('801', 'Salt Lake City', 'UT', '841'), us('425', 'Bellevue', 'WA', '980'),
  us('408', 'San Jose', 'CA', '951'), us('619', 'San Diego', 'CA', '921'), us('216', 'Cleveland', 'OH', '441'),
  ca('416', 'Toronto', 'ON', 'M5V'), ca('604', 'Vancouver', 'BC', 'V6B'), ca('514', 'Montreal', 'QC', 'H3B'),
  ca('403', 'Calgary', 'AB', 'T2P'),
  gb('20', 'London', 'EC2A'), gb('161', 'Manchester', 'M1'), gb('121', 'Birmingham', 'B2'), gb('131', 'Edinburgh', 'EH1'),
];
const TOLL_FREE = ['800', '833', '844', '855', '866', '877', '888'];
const STREETS = ['Main St', 'Market St', 'Commerce Way', 'Harbor Blvd', 'Park Ave', 'Lake Shore Dr', 'Innovation Dr', 'Station Rd', 'King St W', 'High St', 'Mill Ln', 'Riverside Pkwy'];
const DAYS = ['Mon–Fri 8am–8pm', 'Every day 7am–11pm', 'Mon–Sat 9am–6pm', '24 hours'];

/** Closing advice, varied so that no everyday word ("refund") is on every page, which would flatter nothing and skew search. */
const CLOSING = [
  'Refunds and credits usually come from the second or third person you reach, not the first, so keep every call short, polite and on the record.',
  'Ask every agent for their name and a reference number, and write both down before the call ends.',
  'Readers say the chat team answers faster than the phone line in the evening; keep a copy of every transcript.',
  'When an agent promises a call back, ask for the date, and call again the day after if it does not come.',
  'A short letter with copies of your receipts has worked for readers when the phone line went in circles.',
];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A local number for the place, as a person would write it. */
function localNumber(rand: Rand, place: Place): string {
  if (place.country === 'GB') {
    return place.area === '20' ? `+44 20 ${pick(rand, ['3', '7', '8'])}${digits(rand, 3)} ${digits(rand, 4)}` : `+44 ${place.area} ${int(rand, 2, 9)}${digits(rand, 2)} ${digits(rand, 4)}`;
  }
  // Exchanges start 2-9; 555 is avoided since most of it is reserved for fiction.
  let exchange = `${int(rand, 2, 9)}${digits(rand, 2)}`;
  if (exchange === '555' || exchange.endsWith('11')) exchange = '420';
  return `+1 ${place.area}-${exchange}-${digits(rand, 4)}`;
}

function tollFreeNumber(rand: Rand, place: Place): string {
  if (place.country === 'GB') return `+44 800 ${int(rand, 2, 9)}${digits(rand, 2)} ${digits(rand, 4)}`;
  return `1-${pick(rand, TOLL_FREE)}-${int(rand, 2, 9)}${digits(rand, 2)}-${digits(rand, 4)}`;
}

const isoDay = (rand: Rand, from = 2019, to = 2026) =>
  `${int(rand, from, to)}-${String(int(rand, 1, 12)).padStart(2, '0')}-${String(int(rand, 1, 28)).padStart(2, '0')}`;

interface Ctx {
  rand: Rand;
  usedNames: Set<string>;
  usedPhones: Set<string>;
}

/** Draws numbers until one is valid for its country and not used anywhere yet (bounded: a fixed number of tries). */
function freshPhone(ctx: Ctx, draw: () => string): { value: string; e164: string } {
  for (let attempt = 0; attempt < 50; attempt++) {
    const value = draw();
    const parsed = tryParsePhone(value);
    if (parsed && !ctx.usedPhones.has(parsed.e164)) {
      ctx.usedPhones.add(parsed.e164);
      return { value, e164: parsed.e164 };
    }
  }
  throw new Error('could not draw a valid, unused phone number in 50 tries');
}

/** Claims a name if no other company (real or generated) uses it, compared as the build compares them. */
function claimName(ctx: Ctx, name: string): boolean {
  const key = nameKey(name);
  if (!key || ctx.usedNames.has(key)) return false;
  ctx.usedNames.add(key);
  return true;
}

type Contact = Record<string, unknown>;

interface Generated {
  company: SyntheticCompany;
  frontmatter: Record<string, unknown> & {
    contacts: Contact[];
    scamNumbers: { note?: string }[];
    missing: unknown[];
  };
  body: string;
  sources: Record<string, Record<string, unknown>>;
}

const weighted = (rand: Rand) => {
  let r = rand() * PROFILES.reduce((sum, p) => sum + p.weight, 0);
  for (const profile of PROFILES) if ((r -= profile.weight) < 0) return profile;
  return PROFILES[PROFILES.length - 1]!;
};

function generateCompany(ctx: Ctx, tacticIds: ReadonlySet<string>): Generated {
  const { rand } = ctx;
  const profile = weighted(rand);
  let base = '';
  let suffix = '';
  let name = '';
  for (let attempt = 0; attempt < 200 && !name; attempt++) {
    base = capitalise(sample(rand, SYLLABLES, int(rand, 2, 3)).join(''));
    suffix = pick(rand, profile.suffixes);
    if (claimName(ctx, `${base} ${suffix}`)) name = `${base} ${suffix}`;
  }
  if (!name) throw new Error('could not find an unused company name in 200 tries');
  const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const handle = `${base}${suffix.replace(/\s/g, '')}`;
  const domain = `${handle.toLowerCase()}.example`;
  const aliases = [`${base}.com`, `${name} Inc.`, base, `${base} ${profile.noun}`]
    .filter(() => chance(rand, 0.5))
    .filter((alias) => claimName(ctx, alias));

  const place = pick(rand, chance(rand, 0.8) ? PLACES.filter((p) => p.country === 'US') : PLACES.filter((p) => p.country !== 'US'));
  const filing = `synthetic-${id}-annual-report`;
  const page = `synthetic-${id}-contact-page`;
  const accessed = `2026-${String(int(rand, 1, 11)).padStart(2, '0')}`;
  const dated = (source: string) => ({ source, asOf: source === page ? accessed : isoDay(rand) });

  const contacts: Contact[] = [];
  const phones: SyntheticCompany['phones'] = [];
  const phone = (fields: Contact, draw: () => string, kind = 'phone') => {
    const { value, e164 } = freshPhone(ctx, draw);
    phones.push(hasVanity(value) ? { e164, vanity: value } : { e164 });
    contacts.push({ kind, ...fields, value });
  };

  // Front line: a toll-free number, sometimes a vanity spelling of the name.
  const vanity = (base.toUpperCase().replace(/[^A-Z]/g, '') + 'HELP').slice(0, 7);
  phone(
    { id: 'customer-service', rung: 'front-line', label: 'Customer service', ...dated(page), status: 'current', hours: pick(rand, DAYS) },
    () => (place.country !== 'GB' && chance(rand, 0.15) ? `1-${pick(rand, TOLL_FREE)}-${vanity}` : tollFreeNumber(rand, place)),
  );
  // Headquarters: a current address, and often the old one it replaced (kept, marked superseded).
  const address = () => ({
    lines: [`${int(rand, 1, 9999)} ${pick(rand, STREETS)}`, ...(chance(rand, 0.4) ? [`Suite ${int(rand, 1, 40)}00`] : [])],
    city: place.city,
    ...(place.region ? { region: place.region } : {}),
    postcode: place.postcode(rand),
    country: place.country,
  });
  if (chance(rand, 0.5)) {
    contacts.push({ id: 'hq-old', kind: 'postal', rung: 'headquarters', label: 'Former headquarters', value: address(), source: filing, asOf: isoDay(rand, 2012, 2018), status: 'superseded', replacedBy: 'hq', endedOn: String(int(rand, 2019, 2022)) });
  }
  contacts.push({ id: 'hq', kind: 'postal', rung: 'headquarters', label: 'Headquarters', value: address(), ...dated(filing), status: 'current' });

  // Then 1 to 6 more from the rest of the ladder, so each company has 3 to 8 contacts.
  const optional: (() => void)[] = [
    () => phone({ id: 'escalation', rung: 'escalation', label: pick(rand, ['Customer relations', 'Escalations team', 'Tier 2 support']), ...dated('synthetic-call-centre-directory'), status: 'unverified', note: 'Only one call-centre directory gives this number.' }, () => tollFreeNumber(rand, place)),
    () => phone({ id: 'disputes', rung: 'disputes', label: pick(rand, ['Billing disputes', 'Refunds', 'Claims']), ...dated(page), status: 'current' }, () => tollFreeNumber(rand, place)),
    () => phone({ id: 'corporate-phone', rung: 'headquarters', label: 'Corporate phone', ...dated(filing), status: 'current' }, () => localNumber(rand, place)),
    () => phone({ id: 'corporate-fax', rung: 'headquarters', label: 'Corporate fax', ...dated(filing), status: 'current' }, () => localNumber(rand, place), 'fax'),
    () => contacts.push({ id: 'executive-office', kind: 'email', rung: 'executive', label: 'Executive office', value: `${pick(rand, ['executive.office', 'office.of.the.president', 'ceo'])}@${domain}`, ...dated(page), status: 'current' }),
    () => contacts.push({ id: 'x', kind: 'social', rung: 'social', platform: 'X (Twitter)', label: `${name} on X (Twitter)`, value: `@${handle}`, url: `https://x.com/${handle}`, ...dated(page), status: 'current' }),
    () => contacts.push({ id: 'contact-form', kind: 'web', rung: 'front-line', label: 'Contact form', value: `https://www.${domain}/contact`, ...dated(page), status: 'current' }),
  ];
  const room = 8 - contacts.length;
  for (const add of sample(rand, optional, int(rand, Math.max(1, 3 - contacts.length), Math.min(6, room)))) add();
  // When the old headquarters address was replaced, the old phone often went with it.
  const corporate = contacts.find((c) => c.label === 'Corporate phone');
  if (corporate && contacts.length < 8 && chance(rand, 0.5)) {
    corporate.id = 'phone-hq';
    phone({ id: 'phone-hq-old', rung: 'headquarters', label: 'Former corporate phone', source: filing, asOf: isoDay(rand, 2012, 2018), status: 'superseded', replacedBy: 'phone-hq', endedOn: String(int(rand, 2019, 2022)) }, () => localNumber(rand, place));
  }

  // A scam number is unused anywhere else: the build refuses one that is also a contact.
  const scam = chance(rand, 0.2) ? freshPhone(ctx, () => tollFreeNumber(rand, place)) : undefined;
  const scamNumbers = scam
    ? [{ value: scam.value, seenOn: pick(rand, ['a sponsored search ad', 'a free help-desk subdomain page', 'a map listing']), source: 'synthetic-scam-reports', asOf: accessed, note: `Not ${name}'s number.` }]
    : [];

  const tactics = sample(rand, profile.tactics.filter((t) => tacticIds.has(t)), int(rand, 1, 4));
  const [p1, p2, p3] = sample(rand, profile.problems, 3);
  const frontLine = parsePhone(String(contacts[0]!.value)).national;
  const link = (tactic: string, text: string) => (tacticIds.has(tactic) ? `[${text}](/tactics/${tactic}/)` : text);
  const body = [
    '## Which contact to use',
    '',
    `- **For ${p1}:** start with the front line on ${frontLine}. If the agent cannot help, ask for a supervisor (${link('escalate-to-a-supervisor', 'Escalate to a supervisor')}).`,
    `- **For ${p2}:** write down the dates, amounts and names first (${link('gather-the-facts', 'Gather the facts')}), then ask for a reference number and a date by which they will call back.`,
    `- **When nothing moves:** write to the headquarters address with your reference numbers and the outcome you want (${link('write-to-headquarters', 'Write to headquarters')}).`,
    '',
    '## What readers report',
    '',
    `${name} customers write to us most about ${p1}, ${p2} and ${p3 ?? p1}. ${pick(rand, CLOSING)}`,
    ...(scamNumbers.length ? ['', '## Beware of fake numbers', '', `A fake "${name} support" number was seen on ${scamNumbers[0]!.seenOn}. Check any number on ${name}'s own site before you give a card number or a password.`] : []),
    '',
  ].join('\n');

  return {
    company: { id, name, aliases, phones, scamNumbers: scam ? [scam.e164] : [] },
    frontmatter: {
      name,
      aliases,
      summary: `${profile.noun} based in ${place.city}. Readers come here most about ${p1}.`,
      industry: profile.industry,
      country: place.country,
      website: `https://www.${domain}/`,
      contactPage: `https://www.${domain}/contact`,
      lastChecked: accessed,
      contacts,
      scamNumbers,
      // The build refuses a silently empty executive rung: say when the sources name none.
      missing: contacts.some((c) => c.rung === 'executive')
        ? []
        : [{ label: 'Executive office', rung: 'executive', source: filing, reason: 'The annual report names no executive office.' }],
      tactics,
    },
    body,
    sources: {
      [filing]: { title: `${name} annual report for fiscal ${int(rand, 2021, 2025)}`, publisher: name, url: `https://investors.${domain}/annual-report`, kind: 'filing', published: isoDay(rand, 2022, 2025), accessed, language: 'en' },
      [page]: { title: `Contact ${name}`, publisher: name, url: `https://www.${domain}/contact`, kind: 'company-page', accessed, language: 'en' },
    },
  };
}

const hasVanity = (value: string) => /[a-z]/i.test(value);

/** The languages besides English whose overlays the build requires. */
const TRANSLATED = ['he', 'nb'] as const;

/** Fixed words per language for the generated companies' overlays: the bench measures size and shape, not prose. */
const OVERLAY_WORDS = {
  he: { summary: 'חברה סינתטית לבדיקת ביצועים.', label: 'איש קשר', note: 'הערה סינתטית.', hours: 'א׳–ה׳', seenOn: 'אתר סינתטי', reason: 'לא נמצא במקורות.', body: '## באיזה ערוץ לפנות\n\nלהתחיל בקו הראשון, ולבקש אחראי משמרת אם אין מענה.\n' },
  nb: { summary: 'Et syntetisk selskap for ytelsestester.', label: 'Kontakt', note: 'En syntetisk merknad.', hours: 'man–fre', seenOn: 'et syntetisk nettsted', reason: 'Ikke funnet i kildene.', body: '## Hvilken kanal du bør bruke\n\nBegynn med kundeservice, og be om en leder hvis du ikke får hjelp.\n' },
};

function syntheticOverlay(frontmatter: Generated['frontmatter'], lang: (typeof TRANSLATED)[number]) {
  const w = OVERLAY_WORDS[lang];
  const contacts = Object.fromEntries(
    frontmatter.contacts.map((c) => [c.id, { label: `${w.label}: ${c.rung}`, ...(c.hours ? { hours: w.hours } : {}), ...(c.note ? { note: w.note } : {}) }]),
  );
  return {
    frontmatter: {
      summary: w.summary,
      contacts,
      scamNumbers: frontmatter.scamNumbers.map((scam) => ({ seenOn: w.seenOn, ...(scam.note ? { note: w.note } : {}) })),
      missing: frontmatter.missing.map(() => ({ label: w.label, reason: w.reason })),
    },
    body: w.body,
  };
}

/** Strings are always double-quoted so YAML never turns a "2024-02-12" into a Date, as the real files do by hand. */
const yaml = (data: unknown) => stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });

const SHARED_SOURCES = {
  'synthetic-call-centre-directory': { title: 'Call-centre numbers (synthetic)', publisher: 'A synthetic directory site', url: 'https://directory.example/', kind: 'directory', accessed: '2026-11', language: 'en' },
  'synthetic-scam-reports': { title: 'Reports of fake support numbers (synthetic)', publisher: 'A synthetic news site', url: 'https://news.example/scams', kind: 'news', accessed: '2026-11', language: 'en' },
};

/**
 * Writes `count` companies in all (the real ones plus generated ones), the real
 * tactics and sources, and a source or two per generated company, into `dir`.
 */
export function writeSyntheticDirectory(dir: string, count: number, { seed = 42, contentRoot = 'content' } = {}): SyntheticDirectory {
  const root = resolve(contentRoot);
  const real = readCollection<{ name: string; aliases?: string[]; contacts: Contact[]; scamNumbers?: Contact[] }>('companies', root);
  if (count < real.length) throw new Error(`count ${count} is below the ${real.length} real companies it must include`);
  for (const folder of ['tactics', 'sources', 'companies']) cpSync(join(root, folder), join(dir, folder), { recursive: true });
  // The real tactics' and companies' translations: every entry is published in every language.
  for (const lang of TRANSLATED) {
    for (const kind of ['tactics', 'companies']) {
      const from = join(root, 'translations', lang, kind);
      if (existsSync(from)) cpSync(from, join(dir, 'translations', lang, kind), { recursive: true });
    }
    mkdirSync(join(dir, 'translations', lang, 'companies'), { recursive: true });
  }
  // Search's vocabulary, per language, as the real site has it.
  if (existsSync(join(root, 'vocabulary'))) cpSync(join(root, 'vocabulary'), join(dir, 'vocabulary'), { recursive: true });

  // Reserve the real companies' names and numbers so generated ones never clash with them.
  const ctx: Ctx = { rand: prng(seed), usedNames: new Set(), usedPhones: new Set() };
  for (const { data } of real) {
    for (const name of [data.name, ...(data.aliases ?? [])]) ctx.usedNames.add(nameKey(name));
    for (const c of [...data.contacts, ...(data.scamNumbers ?? [])]) {
      const e164 = typeof c.value === 'string' ? tryParsePhone(c.value)?.e164 : undefined;
      if (e164) ctx.usedPhones.add(e164);
    }
  }
  const tacticIds = new Set(readdirSync(join(root, 'tactics')).filter((f) => f.endsWith('.mdx')).map((f) => basename(f, '.mdx')));

  for (const [id, source] of Object.entries(SHARED_SOURCES)) writeFileSync(join(dir, 'sources', `${id}.yaml`), yaml(source));
  const companies: SyntheticCompany[] = [];
  for (let i = real.length; i < count; i++) {
    const generated = generateCompany(ctx, tacticIds);
    writeFileSync(join(dir, 'companies', `${generated.company.id}.mdx`), `---\n${yaml(generated.frontmatter)}---\n\n${generated.body}`);
    for (const lang of TRANSLATED) {
      const overlay = syntheticOverlay(generated.frontmatter, lang);
      writeFileSync(join(dir, 'translations', lang, 'companies', `${generated.company.id}.mdx`), `---\n${yaml(overlay.frontmatter)}---\n\n${overlay.body}`);
    }
    for (const [id, source] of Object.entries(generated.sources)) writeFileSync(join(dir, 'sources', `${id}.yaml`), yaml(source));
    companies.push(generated.company);
  }
  return { dir, companies, realCompanies: real.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dir, count, seed] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: node tests/support/synthetic-directory.ts <dir> <count> [seed]');
    process.exit(2);
  }
  mkdirSync(dir, { recursive: true });
  const result = writeSyntheticDirectory(dir, Number(count), { seed: seed ? Number(seed) : undefined });
  console.log(`wrote ${result.companies.length + result.realCompanies} companies (${result.realCompanies} real) to ${dir}`);
}
