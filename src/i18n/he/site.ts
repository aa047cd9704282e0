/** The frame of every page: site name, navigation, footer, and the home page. (Hebrew.) */
import type { Translation } from '../dictionary';
import type en from '../en/site';

export default {
  'site.name': 'Beyond No',
  'site.tagline': 'Get past “no” from customer service',
  'site.description':
    'A playbook of escalation tactics and a directory of company contacts, from the front line to the executive office, with a source and a date for every value.',
  'nav.label': 'Main',
  'nav.languages': 'שפות',
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
  'footer.label': 'About the data',
  'footer.data': 'Open data',
  'footer.changes': 'Recently changed contacts',
  'footer.feed': 'Changes feed (RSS)',
  'home.title': 'Get past “no” from customer service',
  'home.lead':
    'When a company says it cannot help, there is nearly always a next step. Here are the tactics that work, in the order to try them, and the contacts to reach at each step.',
  'home.ladder': 'The escalation ladder',
  'home.ladderLead': 'Start at the bottom. Climb one rung at a time, and only when the rung below has said no.',
  'home.browseCompanies': 'Find a company’s contacts',
  'home.browseTactics': 'Read the whole playbook',
  'nav.bodies': 'Complaint bodies',
  'notFound.title': 'Page not found',
  'notFound.lead': 'There is no page at this address. Try search, the playbook or the company list.',
} satisfies Translation<typeof en>;
