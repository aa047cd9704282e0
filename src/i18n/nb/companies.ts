/** The directory: the A to Z, each company page and its contacts. (Norwegian Bokmål.) */
import type { Translation } from '../dictionary';
import type en from '../en/companies';

export default {
  'companies.title': 'Selskaper fra A til Å',
  'companies.lead':
    'Kontaktpunkter fra kundeservice til ledelsen og hovedkontoret, hver med kilde og dato.',
  'companies.letters': 'Gå til bokstav',
  'company.contacts': 'Kontaktpunkter, fra kundeservice og oppover',
  'company.history': 'Tidligere opplysninger',
  'company.historyLead': 'Opplysninger som ikke lenger gjelder. Vi beholder dem så du kan kjenne igjen et gammelt nummer eller en gammel adresse.',
  'company.missing': 'Lett etter, men ikke publisert',
  'company.scams': 'Kjente svindelnumre',
  'company.scamsLead': 'Disse numrene har utgitt seg for å tilhøre dette selskapet. De er ikke selskapets kontaktpunkter: ikke ring dem.',
  'company.scamWarning':
    'Falske kundeservicenumre dukker opp i søkeannonser, søkeresultater og kartoppføringer. Sjekk alltid nummeret på selskapets eget nettsted før du ringer.',
  'company.officialPage': 'Selskapets egen kontaktside',
  'company.website': 'Nettsted',
  'company.parent': 'Del av',
  'company.lastChecked': 'Sist kontrollert',
  'company.tactics': 'Grep som passer',
  'company.aka': 'Også kjent som',
  'company.advice': 'Råd om dette selskapet',
  'company.outside': 'Utenfor selskapet',
  'company.outsideLead':
    'Når selskapet fortsatt sier nei, kan disse organene i {country} ta saken videre. Gå til dem i denne rekkefølgen; hvert av dem sier hva du må ha gjort først.',
  'company.outsideNone': 'Vi har ennå ikke oppført noe klageorgan i {country} for denne typen selskap.',
  'company.executiveFallback': 'Fant ingen kontakt hos ledelsen',
  'company.executiveFallbackLead':
    'Ingen av kildene våre oppgir en kontakt hos ledelsen eller en klageansvarlig for {company}. Det nest beste: et brev til administrerende direktør, adressert med tittel, til hovedkontoret.',
  'company.executiveFallbackNoAddress':
    'Ingen av kildene våre oppgir en kontakt hos ledelsen eller en klageansvarlig for {company}, og heller ingen adresse til hovedkontoret. Send klagen skriftlig via kontaktpunktene ovenfor, og be om at den sendes videre til administrerende direktørs kontor.',
  'company.executiveFallbackTo': 'Administrerende direktør',
  'contact.source': 'Kilde',
  'contact.asOf': 'per',
  'contact.replacedBy': 'Erstattet av',
  'contact.endedOn': 'Gjaldt til',
  'contact.seenOn': 'Sett på',
  'contact.hours': 'Åpningstider',
  'contact.sourceRead': 'lest {date}',
  'source.publisherUnnamed': 'utgiver ikke oppgitt',
} satisfies Translation<typeof en>;
