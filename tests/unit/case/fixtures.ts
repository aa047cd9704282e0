/** A filled-in case and a directory entry, shared by the case builder's unit tests. */
import { useStrings, type UiKey } from '../../../src/i18n/ui';
import type { CaseCompany } from '../../../src/lib/case/directory';
import { emptyFacts, type CaseRecord } from '../../../src/lib/case/model';
import type { TextContext } from '../../../src/lib/case/texts';
import { textTable } from '../../../src/i18n/letters';
import { formatIsoDate } from '../../../src/lib/text/dates';

export const strings = useStrings();

export const united: CaseCompany = {
  id: 'united',
  name: 'United Airlines',
  aliases: ['United'],
  contacts: [
    { rung: 'front-line', kind: 'phone', label: 'Main phone', value: '(800) 864-8331', href: 'tel:+18008648331', status: 'current' },
    {
      rung: 'escalation',
      kind: 'postal',
      label: 'Customer Relations by mail',
      value: 'P.O. Box 06649, Chicago, IL 60606-0649, US',
      lines: ['P.O. Box 06649', 'Chicago, IL 60606-0649', 'US'],
      status: 'current',
    },
    { rung: 'social', kind: 'social', label: 'United on X (Twitter)', value: '@United', status: 'current' },
    { rung: 'executive', kind: 'email', label: 'Executive office', value: 'exec@example.com', href: 'mailto:exec@example.com', status: 'unverified' },
    { rung: 'headquarters', kind: 'postal', label: 'Headquarters', value: '233 South Wacker Drive, Chicago, IL 60606, US', lines: ['233 South Wacker Drive', 'Chicago, IL 60606', 'US'], status: 'current' },
  ],
};

export function filledCase(): CaseRecord {
  return {
    id: 'case-1',
    name: 'United ticket-by-mail fee',
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-02T09:00:00.000Z',
    companyId: 'united',
    facts: {
      ...emptyFacts(),
      companyName: 'United Airlines',
      summary: 'Ticket-by-mail fee I never agreed to',
      whatHappened: 'My card was charged a ticket-by-mail fee that was never disclosed.',
      incidentDate: '2024-02-10',
      amount: '$25.00',
      orderNumber: 'UA-7QX2K9',
      customerAccount: 'MP-445566',
      evidence: 'Booking confirmation email\nCard statement page 2',
      stepsTaken: 'Called on 12 February; agent offered a voucher',
      outcome: 'a refund of $25.00 to my card.',
      whyReasonable: 'The fee was never disclosed or authorised',
      yourName: 'Alex Doe',
      yourAddress: '12 Elm Street\nSpringfield, IL 62701',
      cardIssuer: 'First Example Bank',
      issuerAddress: 'PO Box 1234\nWilmington, DE 19850',
      cardAccount: '4111-XXXX-XXXX-1234',
      statementDate: '2024-02-20',
      chargeDate: '2024-02-10',
      errorReason: 'A fee that was never disclosed or authorised',
      product: 'Wall oven',
      serialNumber: 'JMW2430 / SN 998877',
      purchaseDate: '2023-06-15',
      part: 'display board',
      refusal: 'Only an authorised technician may fit the part',
    },
    log: [
      {
        id: 'log-1',
        date: '2024-02-12',
        channel: 'phone',
        stage: 'front-line',
        who: 'Dana (agent 4471)',
        reference: 'REF-100200',
        promised: 'a call back about the refund',
        promisedBy: '2024-02-19',
        promisedTime: '',
      },
      {
        id: 'log-2',
        date: '2024-02-20',
        channel: 'phone',
        stage: 'supervisor',
        who: 'Sam, supervisor',
        reference: 'REF-100300',
        promised: 'a decision by email',
        promisedBy: '2024-03-05',
        promisedTime: '17:00',
      },
    ],
  };
}

/** The context for a generator; `null` for a company not in the directory. */
export function context(record: CaseRecord, company: CaseCompany | null = united, today = '2024-03-01'): TextContext {
  return { record, ...(company ? { company } : {}), t: (key) => strings.t(key as UiKey), channel: strings.channel, today };
}

/** The context a country letter is written in: that country's language, from the same tables the page fetches. */
export function letterContext(country: 'NO' | 'IL', record: CaseRecord, company: CaseCompany | null = null, today = '2026-03-10'): TextContext {
  const table = textTable(country === 'NO' ? 'nb' : 'he');
  const word = (key: string) => {
    const value = table.strings[key];
    if (value === undefined) throw new Error(`the ${country} letter table has no "${key}"`);
    return value;
  };
  return {
    record,
    ...(company ? { company } : {}),
    t: word,
    channel: (channel) => word(`channel.${channel}`),
    formatDay: (iso) => formatIsoDate(iso, table.dateLocale),
    today,
  };
}
