/** The complaint bodies above the companies. (Norwegian Bokmål.) */
import type { Translation } from '../dictionary';
import type en from '../en/bodies';

export default {
  'body.entry': 'Before you go to it',
  'body.wait': 'Give the company',
  'body.fee': 'Cost',
  'body.free': 'Free',
  'body.deadlines': 'Time limits',
  'body.handles': 'What it handles',
  'body.doesNotHandle': 'What it does not handle',
  'body.decision': 'Its decision',
  'body.decision.binding': 'Binding on the company',
  'body.decision.advisory': 'A recommendation: the company may refuse it',
  'body.decision.none': 'It does not decide individual cases',
  'body.contacts': 'How to reach it',
  'body.complaintPage': 'File a complaint',
  'body.website': 'Website',
  'body.sectors': 'Covers',
  'body.sectors.all': 'Every kind of company',
  'body.step': 'Step {step} in {country}',
  'body.companies': 'Companies it covers',
  'body.sources': 'Sources',
  'bodies.title': 'Complaint bodies',
  'bodies.lead':
    'The regulators, ombudsmen, complaint boards and courts above the companies, country by country, in the order to go to them.',
  'bodies.country': '{country}',
} satisfies Translation<typeof en>;
