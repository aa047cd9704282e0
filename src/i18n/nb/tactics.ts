/** The playbook and each tactic page. (Norwegian Bokmål.) */
import type { Translation } from '../dictionary';
import type en from '../en/tactics';

export default {
  'tactics.title': 'Håndboken',
  'tactics.lead': 'Alle grepene, i den rekkefølgen du klatrer: først forberedelse, så kundeservice, så videre oppover.',
  'tactic.summary': 'Kort fortalt',
  'tactic.whenToUse': 'Når du bør bruke det',
  'tactic.scripts': 'Hva du kan si',
  'tactic.problems': 'Kjenner du igjen problemet?',
  'tactic.nextRung': 'Neste trinn',
  'tactic.steps': 'Slik gjør du',
  'tactic.story': 'En virkelig historie',
  'tactic.storyProblem': 'Hva som skjedde',
  'tactic.storyOutcome': 'Hva som virket',
  'tactic.storyLesson': 'Lærdommen',
  'tactic.risks': 'Risikoer og forbehold',
  'tactic.laws': 'Loven det bygger på',
  'tactic.lawsByCountry': 'Lovene og hvor du klager, land for land',
  'tactic.lawsLead': 'Reglene i hvert land og organene over selskapet, i den rekkefølgen du bør gå til dem.',
  'tactic.bodiesIn': 'Hvor du klager i {country}',
  'tactic.lawSection': 'Paragraf',
  'tactic.lawsElsewhere': 'Andre steder, til sammenligning',
  'tactic.lawVoluntary': 'Frivillige bransjeregler, ikke lov',
  'tactic.lawDeadline': 'Frist',
  'tactic.lawDisclaimer': 'Dette er informasjon, ikke juridisk rådgivning. Regler endres; sjekk kilden.',
  'tactic.ladder': 'På stigen',
  'tactic.channels': 'Kanaler',
  'tactic.related': 'Beslektede grep',
  'tactic.sources': 'Kilder',
  'tactic.companies': 'Selskaper der det passer',
  'tactic.akaPrefix': 'Også kjent som',
} satisfies Translation<typeof en>;
