/**
 * The Norwegian and Israeli letters: written in their country's language
 * whatever the page's, holding the facts entered, citing the right section,
 * and showing a [blank] in that language for what is missing.
 */
import { describe, expect, it } from 'vitest';
import { emptyFacts, type CaseRecord } from '../../../src/lib/case/model';
import { TEXTS } from '../../../src/lib/case/texts';
import { cardDisputeLetterIsrael } from '../../../src/lib/case/texts/il-card-dispute';
import { distanceCancelLetter } from '../../../src/lib/case/texts/il-distance-cancel';
import { ongoingCancelLetter } from '../../../src/lib/case/texts/il-ongoing-cancel';
import { cardClaimLetter } from '../../../src/lib/case/texts/no-card-claim';
import { reklamasjonLetter } from '../../../src/lib/case/texts/no-reklamasjon';
import { letterContext } from './fixtures';

function norwegianCase(): CaseRecord {
  return {
    id: 'case-no',
    name: 'Vaskemaskin',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    companyId: '',
    facts: {
      ...emptyFacts(),
      companyName: 'Elkjøp',
      whatHappened: 'Trommelen stopper midt i programmet',
      amount: '6 990 kr',
      orderNumber: 'EK-55123',
      outcome: 'at dere reparerer maskinen kostnadsfritt.',
      evidence: 'Kvittering\nVideo av feilen',
      yourName: 'Kari Nordmann',
      yourAddress: 'Storgata 1\n0155 Oslo',
      product: 'vaskemaskin Bosch Serie 6',
      purchaseDate: '2024-05-02',
      deliveryDate: '2024-05-06',
      faultFoundDate: '2026-02-27',
      cardIssuer: 'DNB',
      cardAccount: '**** 4321',
      chargeDate: '2026-01-15',
    },
    log: [],
  };
}

function israeliCase(): CaseRecord {
  return {
    ...norwegianCase(),
    id: 'case-il',
    facts: {
      ...emptyFacts(),
      companyName: 'KSP',
      whatHappened: 'חויבתי פעמיים על אותה הזמנה',
      amount: '1,250 ש"ח',
      orderNumber: 'KSP-889911',
      customerAccount: '445566',
      evidence: 'אישור הזמנה\nפירוט חיובים',
      yourName: 'ישראל ישראלי',
      yourAddress: 'רחוב הרצל 1, תל אביב',
      idNumber: '123456782',
      receivedDate: '2026-03-05',
      cardIssuer: 'כאל',
      cardAccount: '**** 9876',
      chargeDate: '2026-02-20',
      learnedDate: '2026-03-01',
    },
  };
}

describe('the reklamasjon (forbrukerkjøpsloven § 27)', () => {
  const text = reklamasjonLetter(letterContext('NO', norwegianCase()));

  it('is written in Bokmål with Norwegian dates, and holds the facts', () => {
    for (const fact of [
      'Reklamasjon på vaskemaskin Bosch Serie 6',
      'Elkjøp',
      '2. mai 2024',
      '6. mai 2024',
      '27. februar 2026',
      'Ordrenummer: EK-55123.',
      'Trommelen stopper midt i programmet.',
      'Jeg krever: at dere reparerer maskinen kostnadsfritt.',
      '- Kvittering',
      'Kari Nordmann',
      'Med vennlig hilsen',
      '§ 27',
    ]) {
      expect(text, fact).toContain(fact);
    }
  });

  it('asks for an answer 14 days from the day it is written', () => {
    expect(text).toContain('Jeg ber om et skriftlig svar innen 24. mars 2026.');
  });

  it('adds the two-year presumption of § 18 only for goods bought from 2024 with a fault found within two years', () => {
    expect(text).toContain('§ 18');
    const older = norwegianCase();
    older.facts.purchaseDate = '2023-11-20';
    older.facts.deliveryDate = '2023-11-21';
    expect(reklamasjonLetter(letterContext('NO', older))).not.toContain('§ 18');
    const late = norwegianCase();
    late.facts.faultFoundDate = '2026-05-07';
    expect(reklamasjonLetter(letterContext('NO', late))).not.toContain('§ 18');
  });

  it('shows Norwegian blanks for what is missing', () => {
    const blank = reklamasjonLetter(letterContext('NO', { ...norwegianCase(), facts: emptyFacts() }));
    expect(blank).toContain('[navnet ditt]');
    expect(blank).toContain('[produkt]');
    expect(blank).toContain('[retting, ny vare, prisavslag eller heving]');
  });
});

describe('the Norwegian card complaint (finansavtaleloven § 2-7)', () => {
  const text = cardClaimLetter(letterContext('NO', norwegianCase()));

  it('goes to the bank, cites § 2-7 and claims the amount', () => {
    expect(text.startsWith('Kari Nordmann')).toBe(true);
    for (const fact of ['DNB', 'kort **** 4321', 'finansavtaleloven § 2-7', 'Jeg betalte 6 990 kr til Elkjøp med kortet mitt 15. januar 2026.', 'betaler tilbake 6 990 kr']) {
      expect(text, fact).toContain(fact);
    }
  });

  it('says the seller was tried first, or leaves a blank for it, since the act requires it', () => {
    expect(text).toContain('[hva du allerede har gjort]');
    const tried = norwegianCase();
    tried.facts.stepsTaken = 'Ringte Elkjøp 20. januar, fikk nei';
    expect(cardClaimLetter(letterContext('NO', tried))).toContain('uten å få medhold: Ringte Elkjøp 20. januar, fikk nei');
  });
});

describe('the Israeli distance-sale cancellation (§ 14ג)', () => {
  const text = distanceCancelLetter(letterContext('IL', israeliCase()));

  it('is written in Hebrew with Hebrew dates, and gives name and ID number', () => {
    for (const fact of ['ישראל ישראלי', 'ת"ז 123456782', 'לכבוד\nKSP', 'סעיף 14ג', 'מספר הזמנה KSP-889911', '5 במרץ 2026', '1,250 ש"ח', 'בכבוד רב,']) {
      expect(text, fact).toContain(fact);
    }
  });

  it('caps the fee at 5% or 100 NIS, whichever is less', () => {
    expect(text).toContain('5% מהמחיר או 100 ש"ח, לפי הנמוך מביניהם');
  });

  it('shows a Hebrew blank for a missing ID number', () => {
    expect(distanceCancelLetter(letterContext('IL', { ...israeliCase(), facts: emptyFacts() }))).toContain('[מספר תעודת זהות]');
  });
});

describe('the Israeli notice ending an ongoing deal (§ 13ד)', () => {
  const text = ongoingCancelLetter(letterContext('IL', israeliCase()));

  it('cites § 13ד and the customer number, and asks for written confirmation', () => {
    for (const fact of ['סעיף 13ד', 'מספר לקוח 445566', 'אישור בכתב', '10 במרץ 2026']) expect(text, fact).toContain(fact);
  });

  it('names no number of days, since the sources differ on days or business days', () => {
    expect(text).not.toMatch(/\b[36] ימ/);
  });
});

describe('the Israeli card dispute (Payment Services Law)', () => {
  const text = cardDisputeLetterIsrael(letterContext('IL', israeliCase()));

  it('goes to the card company with the charge, the day learned of it and the 30 days', () => {
    for (const fact of ['לכבוד\nכאל', 'חוק שירותי תשלום', 'כרטיס **** 9876', '20 בפברואר 2026', '1 במרץ 2026', '30 הימים', 'KSP']) {
      expect(text, fact).toContain(fact);
    }
  });
});

describe('every country letter', () => {
  const letters = TEXTS.filter((text) => text.language);

  it('names its country and language: Norway in Bokmål, Israel in Hebrew', () => {
    expect(letters.map((text) => [text.id, text.country, text.language])).toEqual([
      ['no-reklamasjon', 'NO', 'nb'],
      ['no-card', 'NO', 'nb'],
      ['il-distance', 'IL', 'he'],
      ['il-ongoing', 'IL', 'he'],
      ['il-card', 'IL', 'he'],
    ]);
  });

  it('uses only keys its language table has, and leaves no {slot} unfilled, full or empty', () => {
    for (const text of letters) {
      const country = text.country as 'NO' | 'IL';
      const full = country === 'NO' ? norwegianCase() : israeliCase();
      for (const record of [full, { ...full, facts: emptyFacts() }]) {
        const written = text.generate(letterContext(country, record));
        expect(written, text.id).not.toMatch(/\{\w+\}/);
        expect(written, text.id).not.toMatch(/case\.[a-z]/);
      }
    }
  });

  it('holds no English: the words come from the letter table', () => {
    for (const text of letters) {
      const country = text.country as 'NO' | 'IL';
      const written = text.generate(letterContext(country, { ...(country === 'NO' ? norwegianCase() : israeliCase()), facts: emptyFacts() }));
      expect(written, text.id).not.toMatch(/\b(the|your|please|dear|and)\b/i);
    }
  });
});
