/**
 * The search-quality suite's queries: what people type, each with the page
 * that must come first. Written from the reader's side (company names as
 * people spell them, problems in their own words, tactic names, numbers in
 * the formats people paste), not copied from the index. Pagefind does no
 * fuzzy matching, so there are no misspellings, only the spellings and
 * partial words it does handle.
 *
 * Shared by tests/e2e/search-quality.test.ts and scripts/bench/search.mjs.
 */
export interface QualityQuery {
  query: string;
  /** The path of the page that must be the first result. */
  expect: string;
  kind: 'company' | 'problem' | 'tactic' | 'number';
}

const company = (query: string, id: string): QualityQuery => ({ query, expect: `/companies/${id}/`, kind: 'company' });
const problem = (query: string, id: string): QualityQuery => ({ query, expect: `/tactics/${id}/`, kind: 'problem' });
const tactic = (query: string, id: string): QualityQuery => ({ query, expect: `/tactics/${id}/`, kind: 'tactic' });
const number = (query: string, id: string): QualityQuery => ({ query, expect: `/companies/${id}/`, kind: 'number' });

export const QUALITY_QUERIES: readonly QualityQuery[] = [
  // Companies, by name, alias, brand, partial word and with a need attached.
  company('expedia', 'expedia'),
  company('Delta', 'delta'),
  company('delta airlines', 'delta'),
  company('united airlines', 'united'),
  company('xfinity', 'comcast'),
  company('comcast customer service', 'comcast'),
  company('at&t', 'att'),
  company('tmobile', 't-mobile'),
  company('t mobile', 't-mobile'),
  company('verizon wireless', 'verizon'),
  company('jennair', 'jenn-air'),
  company('whirlpool', 'jenn-air'),
  company('verizon corporate office', 'verizon'),
  company('expedi', 'expedia'),
  company('delta refund', 'delta'),
  company('whirlpool headquarters', 'jenn-air'),
  company('delta customer service number', 'delta'),
  // Problems, in the reader's words.
  problem('charged a fee I never agreed to', 'threaten-a-chargeback'),
  problem("they won't ship the part", 'quote-the-warranty'),
  problem('unlock my phone', 'executive-customer-service'),
  problem('can i speak to a manager', 'escalate-to-a-supervisor'),
  problem('on hold for hours', 'choose-your-channel'),
  problem('they never called back', 'pin-a-follow-up-date'),
  problem('warranty claim denied', 'quote-the-warranty'),
  problem('dispute a credit card charge', 'threaten-a-chargeback'),
  problem('family seated apart', 'ask-what-they-would-do'),
  problem('offered a voucher instead of a refund', 'be-reasonable'),
  problem('how to write a complaint letter', 'write-to-headquarters'),
  problem('tweet a company to get a refund', 'go-public-on-social-media'),
  problem('what to say when I call customer service', 'gather-the-facts'),
  problem('still waiting for my refund', 'pin-a-follow-up-date'),
  // Found only once the small words are dropped ("they", "on", "me"): see src/lib/search/relax.ts.
  problem('they hung up on me', 'stay-calm'),
  // Tactics, by name or the name people know them by.
  tactic('chargeback', 'threaten-a-chargeback'),
  tactic('escalate to a supervisor', 'escalate-to-a-supervisor'),
  tactic('executive customer service', 'executive-customer-service'),
  tactic('write to headquarters', 'write-to-headquarters'),
  tactic('social media complaint', 'go-public-on-social-media'),
  tactic('follow up date', 'pin-a-follow-up-date'),
  tactic('section 75', 'threaten-a-chargeback'),
  tactic('stay calm', 'stay-calm'),
  tactic('watch your tone', 'watch-your-tone'),
  // Numbers, current, superseded and scam, as people type or paste them.
  number('8665109715', 'expedia'),
  number('(866) 510-9715', 'expedia'),
  number('+1 888 714 9824', 'expedia'),
  number('1-800-JENNAIR', 'jenn-air'),
  number('1-800-EXPEDIA', 'expedia'),
  number('800-221-1212', 'delta'),
  number('1 800 331 0500', 'att'),
  number('215.665.1700', 'comcast'),
  number('+12064817200', 'expedia'),
  number('1-800-XFINITY', 'comcast'),
  number('888-263-3715', 'delta'),
];
