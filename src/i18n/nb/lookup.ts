/** Look up a number. (Norwegian Bokmål.) */
import type { Translation } from '../dictionary';
import type en from '../en/lookup';

export default {
  'lookup.title': 'Slå opp et telefonnummer',
  'lookup.lead':
    'Lim inn et nummer du har fått, i hvilket som helst format, også skrevet med bokstaver. Vi forteller deg hvem det tilhører og på hvilket trinn, om det er utdatert, og om det er et kjent svindelnummer.',
  'lookup.label': 'Telefonnummer',
  'lookup.hint': 'For eksempel 866-510-9715, +1 866 510 9715 eller 1-800-JENNAIR.',
  'lookup.submit': 'Slå opp',
  'lookup.noscript':
    'Oppslaget krever JavaScript. Alle numrene vi kjenner til, står nedenfor: bruk nettleserens søkefunksjon (Ctrl+F), eller bla i selskapslisten fra A til Å.',
  'lookup.loadError': 'Oversikten kunne ikke lastes. Alle numrene vi kjenner til, står nedenfor.',
  'lookup.all': 'Alle numrene i oversikten',
  'lookup.allLead': 'Gjeldende, ubekreftede og gamle numre, og kjente svindelnumre som utgir seg for å tilhøre et selskap.',
  'lookup.col.number': 'Nummer',
  'lookup.col.company': 'Selskap',
  'lookup.col.contact': 'Kontaktpunkt',
  'lookup.col.status': 'Status',
  'lookup.status.scam': 'Kjent svindel',
  'lookup.answer.current': 'I oversikten: gjeldende',
  'lookup.answer.unverified': 'I oversikten: ikke bekreftet',
  'lookup.answer.superseded': 'Et gammelt nummer: erstattet',
  'lookup.answer.retired': 'Et gammelt nummer: ikke lenger i bruk',
  'lookup.answer.scam': 'Svindelvarsel: et falskt nummer som utgir seg for å være {company}',
  'lookup.answer.unknown': 'Ikke i oversikten vår',
  'lookup.answer.belongs': '{company}: {label}, på trinnet «{rung}» på stigen.',
  'lookup.answer.fax': 'Dette er et faksnummer.',
  'lookup.answer.shortCode': 'Et kortnummer: det kan bare ringes fra en telefon i Israel, slik det står skrevet.',
  'lookup.answer.asOf': 'Kildedato: {date}.',
  'lookup.answer.unverifiedNote':
    'Bare én ubekreftet kilde oppgir dette nummeret. Sjekk det på nettstedet til {company} før du ringer.',
  'lookup.answer.supersededNote': 'Nummeret har ikke gjeldt siden {date}. Bruk det gjeldende nummeret i stedet:',
  'lookup.answer.replacedNote': 'Nummeret er erstattet. Bruk det gjeldende nummeret i stedet:',
  'lookup.answer.retiredNote': 'Nummeret er ikke lenger i bruk. Ring dette i stedet:',
  'lookup.answer.scamNote':
    'Dette er ikke nummeret til {company}. Ikke ring det, og gi aldri fra deg kortnummer, passord eller bestillingskode. Sett på {seenOn}.',
  'lookup.answer.callInstead': 'Nummeret til {company}:',
  'lookup.answer.unknownNote':
    'Det betyr ikke at det er ekte eller falskt. Finn selskapets eget nettsted selv, ikke via en annonse eller et søkeresultat, og sjekk nummeret der før du ringer.',
  'lookup.answer.invalid': 'Det er ikke et fullstendig telefonnummer. Skriv inn alle sifrene, med retningsnummer.',
  'lookup.answer.companyLink': 'Alle kontaktpunktene til {company}',
  'lookup.answer.checkLink': 'Kontaktsiden til {company}',
  'lookup.answer.browse': 'Bla i selskapene fra A til Å',
} satisfies Translation<typeof en>;
