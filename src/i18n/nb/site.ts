/** The frame of every page: site name, navigation, footer, and the home page. (Norwegian Bokmål.) */
import type { Translation } from '../dictionary';
import type en from '../en/site';

export default {
  'site.name': 'Beyond No',
  'site.tagline': 'Kom forbi «nei» fra kundeservice',
  'site.description':
    'En håndbok i hvordan du tar saken videre, og en oversikt over kontaktpunkter i selskapene, fra kundeservice til ledelsen, med kilde og dato for hver opplysning.',
  'nav.label': 'Hovedmeny',
  'nav.languages': 'Språk',
  'nav.home': 'Forside',
  'nav.tactics': 'Håndbok',
  'nav.companies': 'Selskaper',
  'nav.search': 'Søk',
  'nav.lookup': 'Slå opp et nummer',
  'nav.case': 'Bygg saken din',
  'skip.link': 'Hopp til innhold',
  'footer.disclaimer':
    'Beyond No gir informasjon, ikke juridisk rådgivning. Sjekk alltid nummeret på selskapets eget nettsted før du ringer.',
  'footer.sources': 'Alle kontaktpunkter og lover vi viser til, har kilde og dato.',
  'footer.label': 'Om dataene',
  'footer.data': 'Åpne data',
  'footer.changes': 'Nylig endrede kontaktpunkter',
  'footer.feed': 'Endringer (RSS)',
  'home.title': 'Kom forbi «nei» fra kundeservice',
  'home.lead':
    'Når et selskap sier at det ikke kan hjelpe, finnes det nesten alltid et neste steg. Her er grepene som virker, i den rekkefølgen du bør prøve dem, og hvem du kontakter på hvert trinn.',
  'home.ladder': 'Eskaleringsstigen',
  'home.ladderLead': 'Begynn nederst. Gå ett trinn opp om gangen, og bare når trinnet under har sagt nei.',
  'home.browseCompanies': 'Finn kontaktpunkter for et selskap',
  'home.browseTactics': 'Les hele håndboken',
  'nav.bodies': 'Klageorganer',
  'notFound.title': 'Fant ikke siden',
  'notFound.lead': 'Det finnes ingen side på denne adressen. Prøv søk, håndboken eller listen over selskaper.',
} satisfies Translation<typeof en>;
