/** Search: the search page, the dialog and its results. (Norwegian Bokmål.) */
import type { Translation } from '../dictionary';
import type en from '../en/search';

export default {
  'search.open': 'Search',
  'search.shortcut': 'Search tactics, companies and phone numbers',
  'search.title': 'Search',
  'search.lead': 'Search by company name, by a phone number in any format, or by your problem in your own words.',
  'search.placeholder': 'Company, phone number or problem',
  'search.noscript': 'Search needs JavaScript. Without it, browse the playbook or the A to Z list of companies.',
  'search.devMode':
    'Search has no index while the site runs under the development server. Run “npm run build” and serve the result to search.',
  'search.dialog': 'Search Beyond No',
  'search.loading': 'Loading search…',
  'search.loadError':
    'Search could not load. Use the search page, or browse the playbook and the A to Z list of companies.',
  'search.allResults': 'All results, with filters',
  'search.filters': 'Narrow the results',
  'search.filter.type': 'Type',
  'search.filter.industry': 'Industry',
  'search.filter.channel': 'Channel',
  'search.filter.stage': 'Ladder stage',
  'search.filter.country': 'Country',
  'search.channel.fax': 'Fax',
  'search.channel.web': 'Website',
  'search.matched': 'Matches',
  'search.partial': 'No page has every word of “{query}”. These match some of them, the closest first.',
  'search.corrected': 'Nothing has “{typed}”: showing results for “{corrected}”.',
  'search.didYouMean': 'Did you mean {suggestion}?',
  'search.closest': 'Closest names:',
  'search.noResults': 'Nothing found for “{query}”. Try fewer words, or only the company’s name, or browse:',
  'result.tactic': 'Tactic',
  'result.company': 'Company',
  'result.body': 'Complaint body',
} satisfies Translation<typeof en>;
