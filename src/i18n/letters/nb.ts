/**
 * The Norwegian letters, in Bokmål whatever the page's language: they go to a
 * Norwegian seller or bank. Written for this site from the rules on the tactic
 * pages (forbrukerkjøpsloven §§ 18 and 27, finansavtaleloven § 2-7); slots in
 * {braces} are filled by src/lib/case/texts/.
 */
export const nbLetters = {
  'case.letter.no.rek.subject': 'Reklamasjon på {product}',
  'case.letter.no.rek.intro': 'Jeg reklamerer herved på {product}, som jeg kjøpte hos dere {purchaseDate} og fikk levert {deliveryDate}.',
  'case.letter.no.rek.order': 'Ordrenummer: {order}.',
  'case.letter.no.rek.fault': 'Mangelen er som følger: {fault}',
  'case.letter.no.rek.found': 'Jeg oppdaget mangelen {found} og gir dere med dette melding om den innen rimelig tid, slik forbrukerkjøpsloven § 27 krever.',
  'case.letter.no.rek.presumed':
    'Varen er kjøpt 1. januar 2024 eller senere, og mangelen viste seg innen to år etter leveringen. Etter forbrukerkjøpsloven § 18 skal mangelen derfor formodes å ha vært til stede da jeg fikk varen levert, med mindre dere beviser noe annet.',
  'case.letter.no.rek.claim': 'Jeg krever: {outcome}',
  'case.letter.no.rek.claimBlank': '[retting, ny vare, prisavslag eller heving]',
  'case.letter.no.rek.tried': 'Så langt har jeg gjort følgende: {steps}',
  'case.letter.no.rek.evidence': 'Vedlegg: {evidence}',
  'case.letter.no.rek.answer': 'Jeg ber om et skriftlig svar innen {answerBy}.',
  'case.letter.no.card.subject': 'Reklamasjon på kortkjøp etter finansavtaleloven § 2-7, kort {account}',
  'case.letter.no.card.intro': 'Jeg betalte {amount} til {company} med kortet mitt {chargeDate}.',
  'case.letter.no.card.what': 'Bakgrunnen for kravet er følgende: {whatHappened}',
  'case.letter.no.card.seller': 'Jeg har først forsøkt å løse saken med selgeren, uten å få medhold: {steps}',
  'case.letter.no.card.law':
    'Dere er kredittyter for kjøpet. Etter finansavtaleloven § 2-7 kan jeg derfor rette det samme pengekravet mot dere som jeg har mot selgeren.',
  'case.letter.no.card.claim': 'Jeg krever derfor at dere betaler tilbake {amount}.',
  'case.letter.no.card.evidence': 'Vedlegg: {evidence}',
  'case.letter.no.blank.bank': '[banken eller kortselskapet]',
  'case.letter.no.blank.bankAddress': '[bankens adresse]',
  'case.letter.no.greeting': 'Hei,',
  'case.letter.no.closing': 'Med vennlig hilsen',
} as const;
