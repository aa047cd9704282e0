/**
 * Every interface string, in one place, so that another language can be added
 * by adding one object. Content (tactics, companies) is translated separately.
 */
import type { ContactStatus } from '../schemas/contact';
import type { Rung, Stage } from '../lib/ladder';
import type { Industry } from '../schemas/company';
import type { Channel } from '../schemas/tactic';

export const DEFAULT_LOCALE = 'en';

export const locales = {
  en: { lang: 'en', dir: 'ltr' },
} as const;
export type Locale = keyof typeof locales;

const en = {
  'site.name': 'Beyond No',
  'site.tagline': 'Get past “no” from customer service',
  'site.description':
    'A playbook of escalation tactics and a directory of company contacts, from the front line to the executive office, with a source and a date for every value.',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.tactics': 'Playbook',
  'nav.companies': 'Companies',
  'nav.search': 'Search',
  'nav.lookup': 'Look up a number',
  'nav.case': 'Build your case',
  'skip.link': 'Skip to content',
  'footer.disclaimer':
    'Beyond No gives information, not legal advice. Check any number on the company’s own site before you call.',
  'footer.sources': 'Every contact and every law cited here names its source and date.',
  'search.open': 'Search',
  'search.shortcut': 'Search tactics, companies and phone numbers',
  'search.title': 'Search',
  'search.lead': 'Search by company name, by a phone number in any format, or by your problem in your own words.',
  'search.placeholder': 'Company, phone number or problem',
  'search.noscript':
    'Search needs JavaScript. Without it, browse the playbook or the A to Z list of companies.',
  'search.devMode':
    'Search has no index while the site runs under the development server. Run “npm run build” and serve the result to search.',
  'home.title': 'Get past “no” from customer service',
  'home.lead':
    'When a company says it cannot help, there is nearly always a next step. Here are the tactics that work, in the order to try them, and the contacts to reach at each step.',
  'home.ladder': 'The escalation ladder',
  'home.ladderLead': 'Start at the bottom. Climb one rung at a time, and only when the rung below has said no.',
  'home.browseCompanies': 'Find a company’s contacts',
  'home.browseTactics': 'Read the whole playbook',
  'tactics.title': 'The playbook',
  'tactics.lead': 'Every tactic, in the order you climb: prepare first, then the front line, then up.',
  'tactic.summary': 'In short',
  'tactic.whenToUse': 'When to use it',
  'tactic.scripts': 'What to say',
  'tactic.problems': 'Sounds like your problem?',
  'tactic.nextRung': 'Next rung',
  'tactic.steps': 'Steps',
  'tactic.story': 'The real story',
  'tactic.storyProblem': 'What happened',
  'tactic.storyOutcome': 'What worked',
  'tactic.storyLesson': 'The lesson',
  'tactic.risks': 'Risks and caveats',
  'tactic.laws': 'The law it leans on',
  'tactic.lawVoluntary': 'Voluntary industry code, not law',
  'tactic.lawDeadline': 'Deadline',
  'tactic.lawDisclaimer': 'This is information, not legal advice. Rules change; check the source.',
  'tactic.ladder': 'On the ladder',
  'tactic.channels': 'Channels',
  'tactic.related': 'Related tactics',
  'tactic.sources': 'Sources',
  'tactic.companies': 'Companies where it fits',
  'tactic.akaPrefix': 'Also known as',
  'companies.title': 'Companies A to Z',
  'companies.lead': 'Contacts from the front line to the executive office and headquarters, each with its source and date.',
  'companies.letters': 'Jump to letter',
  'company.contacts': 'Contacts, from the front line up',
  'company.history': 'Earlier values',
  'company.historyLead': 'Values that no longer hold, kept so that an old number or address can be recognised.',
  'company.missing': 'Looked for, not published',
  'company.scams': 'Known scam numbers',
  'company.scamsLead': 'These numbers have posed as this company. They are not its contacts: do not call them.',
  'company.scamWarning':
    'Fake support numbers are planted in search ads, search results and map listings. Confirm any number on the company’s own site before you call.',
  'company.officialPage': 'The company’s own contact page',
  'company.website': 'Website',
  'company.parent': 'Part of',
  'company.lastChecked': 'Values last checked',
  'company.tactics': 'Tactics that fit',
  'company.aka': 'Also known as',
  'company.advice': 'Advice for this company',
  'contact.source': 'Source',
  'contact.asOf': 'as of',
  'contact.replacedBy': 'Replaced by',
  'contact.endedOn': 'until',
  'contact.seenOn': 'Seen on',
  'contact.hours': 'Hours',
  'notFound.title': 'Page not found',
  'notFound.lead': 'There is no page at this address. Try search, the playbook or the company list.',
  'result.tactic': 'Tactic',
  'result.company': 'Company',
} as const;

export type UiKey = keyof typeof en;

const stageNames: Record<Stage, string> = {
  prepare: 'Prepare',
  'front-line': 'Front line',
  supervisor: 'Supervisor',
  social: 'Social media',
  executive: 'Executive office',
  headquarters: 'Headquarters',
  'card-and-regulators': 'Card issuer and regulators',
};

const stageBlurbs: Record<Stage, string> = {
  prepare: 'Before you call: know your facts, your outcome and your channel.',
  'front-line': 'The first agent. Most problems end here if you are clear, calm and specific.',
  supervisor: 'When the agent cannot help: someone with more authority.',
  social: 'When the phone queue goes nowhere: a public, polite post.',
  executive: 'The office senior staff use when something must be fixed.',
  headquarters: 'A letter to the company itself, on the record.',
  'card-and-regulators': 'Outside the company: your card issuer, and the rules behind you.',
};

const rungNames: Record<Rung, string> = {
  'front-line': 'Front line',
  escalation: 'Escalation',
  disputes: 'Disputes and billing',
  social: 'Social media',
  executive: 'Executive office',
  headquarters: 'Headquarters',
};

const statusNames: Record<ContactStatus, string> = {
  current: 'Current',
  unverified: 'Unverified',
  superseded: 'Superseded',
  retired: 'Retired',
};

const industryNames: Record<Industry, string> = {
  airline: 'Airline',
  travel: 'Travel',
  telecom: 'Mobile and telecom',
  'internet-and-tv': 'Internet and TV',
  appliances: 'Home appliances',
  retail: 'Retail',
  finance: 'Finance',
  other: 'Other',
};

const channelNames: Record<Channel, string> = {
  phone: 'Phone',
  chat: 'Live chat',
  email: 'Email',
  social: 'Social media',
  postal: 'Post',
  'card-issuer': 'Card issuer',
  'in-person': 'In person',
};

const dictionaries = { en: { ui: en, stageNames, stageBlurbs, rungNames, statusNames, industryNames, channelNames } };

export function useStrings(locale: Locale = DEFAULT_LOCALE) {
  const d = dictionaries[locale];
  return {
    t: (key: UiKey): string => d.ui[key],
    stage: (stage: Stage): string => d.stageNames[stage],
    stageBlurb: (stage: Stage): string => d.stageBlurbs[stage],
    rung: (rung: Rung): string => d.rungNames[rung],
    status: (status: ContactStatus): string => d.statusNames[status],
    industry: (industry: Industry): string => d.industryNames[industry],
    channel: (channel: Channel): string => d.channelNames[channel],
  };
}
