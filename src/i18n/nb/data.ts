/** Open data, the age and freshness of values, and the changes page. (Norwegian Bokmål.) */
import type { Translation } from '../dictionary';
import type en from '../en/data';

export default {
  'trust.age.underMonth': 'under en måned gammel',
  'trust.age.months#one': '{n} måned gammel',
  'trust.age.months#other': '{n} måneder gammel',
  'trust.age.years#one': '{n} år gammel',
  'trust.age.years#other': '{n} år gammel',
  'trust.age.thisYear': 'fra i år',
  'trust.age.aboutYears#one': 'omtrent ett år gammel',
  'trust.age.aboutYears#other': 'omtrent {n} år gammel',
  'trust.stale': 'Sjekk før du stoler på den',
  'trust.staleNote': 'Over to år gammel: bekreft den på selskapets eget nettsted før du stoler på den.',
  'trust.countedTo.content': 'Alderen er regnet fram til {date}, den siste datoen noen kontrollerte denne oversikten.',
  'trust.countedTo.env': 'Alderen er regnet fram til {date}, datoen for denne utgaven av nettstedet.',
  'trust.staleNone': 'Ingen av de {total} opplysningene som er i bruk, er over to år gamle.',
  'trust.staleOne': '1 av de {total} opplysningene som er i bruk, er over to år gammel: sjekk den før du stoler på den.',
  'trust.staleSome':
    '{count} av de {total} opplysningene som er i bruk, er over to år gamle: sjekk dem før du stoler på dem.',
  'trust.report.heading': 'Er noe feil eller utdatert?',
  'trust.report.lead':
    'Numre og adresser endres. Fortell oss hvilken opplysning som er feil, og hvor du så den riktige: selskapets egen side er den beste kilden. Hver opplysning ovenfor har sin egen lenke for å melde fra.',
  'trust.report.action': 'Meld fra om feil eller utdatert kontaktpunkt',
  'trust.report.value': 'Meld fra om feil eller utdatert',
  'trust.report.subject': 'Feil eller utdatert kontaktpunkt: {company}, {field}',
  'trust.report.body':
    'Selskap: {company}\nSide: {page}\nFelt: {field}\nNåværende opplysning: {value}\nKilden dere oppgir: {source}, per {asOf}\n\nHva som er feil:\n\nRiktig opplysning, og hvor jeg så den (en lenke til selskapets egen side er best):\n',
  'trust.report.subjectGeneral': 'Feil eller utdatert kontaktpunkt: {company}',
  'trust.report.bodyGeneral':
    'Selskap: {company}\nSide: {page}\n\nHvilket kontaktpunkt som er feil, utdatert eller mangler:\n\nRiktig opplysning, og hvor jeg så den (en lenke til selskapets egen side er best):\n',
  'trust.vcard.link': 'Legg til i kontakter',
  'trust.vcard.hint':
    'Et kontaktkort (vCard) med de {count} gjeldende opplysningene. Ubekreftede og tidligere opplysninger er utelatt.',
  'trust.vcard.note':
    'Fra Beyond No ({page}): bare gjeldende kontaktpunkter, hvert fra en oppgitt kilde; sist kontrollert {lastChecked}. Falske kundeservicenumre sirkulerer i søkeannonser og kartoppføringer: sjekk alltid nummeret på selskapets eget nettsted ({official}) før du ringer.',
  'trust.scam.heading': 'Se opp for falske kundeservicenumre',
  'trust.changes.title': 'Nylig endret',
  'trust.changes.description':
    'Endringer i kontaktopplysningene i oversikten: nye opplysninger, opplysninger som er erstattet, og opplysninger som er utgått, de nyeste først.',
  'trust.changes.lead':
    'Hver endring hentes fra selve oversikten: hver opplysning beholder datoen kilden oppga, og en opplysning som ikke lenger gjelder, blir stående sammen med det som erstattet den.',
  'trust.changes.limit':
    'De {count} nyeste av {total} endringer. Alle opplysningene, med historikk, finnes i de åpne dataene.',
  'trust.changes.feed': 'Følg endringene i en feedleser (RSS)',
  'trust.changes.undated': 'Ukjent dato',
  'trust.changes.by': 'senest {date}',
  'trust.changes.kind.new': 'Ny',
  'trust.changes.kind.superseded': 'Erstattet',
  'trust.changes.kind.retired': 'Utgått',
  'trust.changes.replaces': 'Erstatter {value}',
  'trust.changes.replacedBy': 'Erstattet av {value}',
  'trust.changes.source': 'Kilde: {source}, per {asOf}',
  'trust.feed.title': 'Beyond No: endrede kontaktpunkter',
  'trust.feed.itemTitle': '{company}: {kind}: {label}',
  'data.title': 'Åpne data',
  'data.description':
    'Hele oversikten og håndboken som JSON og CSV, hver JSON-fil med sitt JSON Schema, fritt til gjenbruk.',
  'data.lead':
    'Alt på dette nettstedet publiseres også som data, generert fra de samme filene som sidene. Hver JSON-fil oppgir hvilket JSON Schema som beskriver den, og skjemaversjonen endres når et felt fjernes eller skifter type.',
  'data.companies': 'Selskaper, med alle kontaktpunkter, svindelvarsler og kilde-ID-er',
  'data.tactics': 'Grep, med fremgangsmåte, hva du kan si, lover og kilder',
  'data.bodies': 'Klageorganer: tilsyn, ombud, nemnder og domstoler, med hva du må ha gjort først',
  'data.sources': 'Kilder: alle artikler, dokumenter og sider som en opplysning viser til',
  'data.csv': 'Alle kontaktpunkter for alle selskaper, ett per rad (uten svindelnumre)',
  'data.schema': 'JSON Schema',
  'data.version': 'Skjemaversjon {version}.',
  'data.cards': 'Hver selskapsside har også et kontaktkort (vCard) med de gjeldende opplysningene.',
  'data.link': 'Åpne data: hele oversikten som JSON og CSV',
} satisfies Translation<typeof en>;
