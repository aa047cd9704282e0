/** The playbook and each tactic page. (Hebrew.) */
import type { Translation } from '../dictionary';
import type en from '../en/tactics';

export default {
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
  'tactic.lawsByCountry': 'The law and where to complain, by country',
  'tactic.lawsLead': 'Each country’s rules and the bodies above the company, in the order to go to them.',
  'tactic.bodiesIn': 'Where to complain in {country}',
  'tactic.lawSection': 'Section',
  'tactic.lawsElsewhere': 'Elsewhere, for comparison',
  'tactic.lawVoluntary': 'Voluntary industry code, not law',
  'tactic.lawDeadline': 'Deadline',
  'tactic.lawDisclaimer': 'This is information, not legal advice. Rules change; check the source.',
  'tactic.ladder': 'On the ladder',
  'tactic.channels': 'Channels',
  'tactic.related': 'Related tactics',
  'tactic.sources': 'Sources',
  'tactic.companies': 'Companies where it fits',
  'tactic.akaPrefix': 'Also known as',
} satisfies Translation<typeof en>;
