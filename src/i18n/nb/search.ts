/** Search: the search page, the dialog and its results. (Norwegian Bokmål.) */
import type { Translation } from '../dictionary';
import type en from '../en/search';

export default {
  'search.open': 'Søk',
  'search.shortcut': 'Søk etter grep, selskaper og telefonnumre',
  'search.title': 'Søk',
  'search.lead': 'Søk på selskapsnavn, på et telefonnummer i hvilket som helst format, eller beskriv problemet med dine egne ord.',
  'search.placeholder': 'Selskap, telefonnummer eller problem',
  'search.noscript': 'Søket krever JavaScript. Uten det kan du bla i håndboken eller i selskapslisten fra A til Å.',
  'search.devMode':
    'Søket har ingen indeks når nettstedet kjører på utviklingsserveren. Kjør «npm run build» og server resultatet for å søke.',
  'search.dialog': 'Søk i Beyond No',
  'search.loading': 'Laster søk …',
  'search.loadError':
    'Søket kunne ikke lastes. Bruk søkesiden, eller bla i håndboken og selskapslisten fra A til Å.',
  'search.allResults': 'Alle resultater, med filtre',
  'search.filters': 'Avgrens resultatene',
  'search.filter.type': 'Type',
  'search.filter.industry': 'Bransje',
  'search.filter.channel': 'Kanal',
  'search.filter.stage': 'Trinn på stigen',
  'search.filter.country': 'Land',
  'search.channel.fax': 'Faks',
  'search.channel.web': 'Nettsted',
  'search.matched': 'Treff',
  'search.partial': 'Ingen sider inneholder alle ordene i «{query}». Disse treffer noen av dem, de nærmeste først.',
  'search.corrected': 'Ingen treff på «{typed}». Viser resultater for «{corrected}».',
  'search.didYouMean': 'Mente du {suggestion}?',
  'search.closest': 'Nærmeste navn:',
  'search.noResults': 'Ingen treff på «{query}». Prøv færre ord eller bare selskapsnavnet, eller bla her:',
  'result.tactic': 'Grep',
  'result.company': 'Selskap',
  'result.body': 'Klageorgan',
} satisfies Translation<typeof en>;
