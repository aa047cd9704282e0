/** The complaint bodies above the companies. (Norwegian Bokmål.) */
import type { Translation } from '../dictionary';
import type en from '../en/bodies';

export default {
  'body.entry': 'Før du går dit',
  'body.wait': 'Gi selskapet',
  'body.fee': 'Kostnad',
  'body.free': 'Gratis',
  'body.deadlines': 'Frister',
  'body.handles': 'Hva organet behandler',
  'body.doesNotHandle': 'Hva organet ikke behandler',
  'body.decision': 'Avgjørelsen',
  'body.decision.binding': 'Bindende for selskapet',
  'body.decision.advisory': 'En anbefaling: selskapet kan avvise den',
  'body.decision.none': 'Organet avgjør ikke enkeltsaker',
  'body.contacts': 'Slik kontakter du organet',
  'body.complaintPage': 'Send inn klage',
  'body.website': 'Nettsted',
  'body.sectors': 'Gjelder',
  'body.sectors.all': 'Alle typer selskaper',
  'body.step': 'Trinn {step} i {country}',
  'body.companies': 'Selskaper organet dekker',
  'body.sources': 'Kilder',
  'bodies.title': 'Klageorganer',
  'bodies.lead':
    'Tilsyn, ombud, klagenemnder og domstoler over selskapene, land for land, i den rekkefølgen du bør gå til dem.',
  'bodies.country': '{country}',
} satisfies Translation<typeof en>;
