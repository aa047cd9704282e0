/**
 * The Norwegian letters, in Bokmål whatever the page's language: they go to a
 * Norwegian seller or bank. Written for this site from the rules on the tactic
 * pages (forbrukerkjøpsloven §§ 18 and 27, finansavtaleloven § 2-7); slots in
 * {braces} are filled by src/lib/case/texts/.
 */
export const nbLetters = {
  'case.letter.no.rek.subject': 'Reklamasjon på {product}',
  'case.letter.no.rek.intro': 'Jeg reklamerer på {product}, som jeg kjøpte hos dere {purchaseDate} og fikk levert {deliveryDate}.',
  'case.letter.no.rek.order': 'Ordrenummer: {order}.',
  'case.letter.no.rek.fault': 'Mangelen: {fault}',
  'case.letter.no.rek.found': 'Jeg oppdaget mangelen {found}, og sier fra til dere nå, innen rimelig tid, slik forbrukerkjøpsloven § 27 krever.',
  'case.letter.no.rek.presumed':
    'Varen er kjøpt etter 1. januar 2024, og mangelen viste seg innen to år etter leveringen. Etter forbrukerkjøpsloven § 18 regnes den derfor som å ha vært der da jeg fikk varen, med mindre dere viser noe annet.',
  'case.letter.no.rek.claim': 'Jeg krever: {outcome}',
  'case.letter.no.rek.claimBlank': '[retting, ny vare, prisavslag eller heving]',
  'case.letter.no.rek.tried': 'Dette har jeg gjort så langt: {steps}',
  'case.letter.no.rek.evidence': 'Vedlagt: {evidence}',
  'case.letter.no.rek.answer': 'Jeg ber om et skriftlig svar innen {answerBy}.',
  'case.letter.no.card.subject': 'Kortreklamasjon etter finansavtaleloven § 2-7, kort {account}',
  'case.letter.no.card.intro': 'Jeg betalte {amount} til {company} med kortet mitt {chargeDate}.',
  'case.letter.no.card.what': 'Dette gikk galt: {whatHappened}',
  'case.letter.no.card.seller': 'Jeg har først prøvd å løse saken med selgeren, uten å få medhold: {steps}',
  'case.letter.no.card.law':
    'Etter finansavtaleloven § 2-7 kan jeg rette det samme pengekravet mot dere som kredittyter som jeg har mot selgeren.',
  'case.letter.no.card.claim': 'Jeg krever derfor at dere betaler tilbake {amount}.',
  'case.letter.no.card.evidence': 'Vedlagt: {evidence}',
  'case.letter.no.blank.bank': '[banken eller kortselskapet]',
  'case.letter.no.blank.bankAddress': '[adressen deres]',
  'case.letter.no.greeting': 'Hei,',
  'case.letter.no.closing': 'Med vennlig hilsen',
} as const;
