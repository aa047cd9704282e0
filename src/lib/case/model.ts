/**
 * The case a person builds on /case/: the facts in the order "gather the facts"
 * asks for them, the details each letter needs, and the call log. Everything is
 * a string as typed (dates as "YYYY-MM-DD", "" when blank) so a case survives
 * JSON, localStorage and a round trip through an export file unchanged.
 */
import type { Stage } from '../directory/ladder';
import type { Channel } from '../../schemas/tactic';

/** Every fact field, in form order. Adding one is a new case-file version (see format.ts). */
export const FACT_FIELDS = [
  // The facts, in the order of the tactic "Gather the facts before you call".
  'companyName',
  'summary',
  'whatHappened',
  'incidentDate',
  'amount',
  'orderNumber',
  'customerAccount',
  'evidence',
  'stepsTaken',
  'outcome',
  'whyReasonable',
  // The person, for the letters.
  'yourName',
  'yourAddress',
  // The billing-error dispute (Regulation Z asks for name, account number, the error and why).
  'cardIssuer',
  'issuerAddress',
  'cardAccount',
  'statementDate',
  'chargeDate',
  'errorReason',
  // The warranty letter.
  'product',
  'serialNumber',
  'purchaseDate',
  'part',
  'refusal',
  // The Norwegian reklamasjon (forbrukerkjøpsloven § 27 counts from these two days).
  'deliveryDate',
  'faultFoundDate',
  // The Israeli letters: an ID number for a cancellation (§ 14ג asks for it), the day the goods or
  // the written details arrived, and the day the reader learned of a remote card charge.
  'idNumber',
  'receivedDate',
  'learnedDate',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];
export type Facts = Record<FactField, string>;

/** Fact fields that hold a calendar date. */
export const DATE_FIELDS = [
  'incidentDate',
  'statementDate',
  'chargeDate',
  'purchaseDate',
  'deliveryDate',
  'faultFoundDate',
  'receivedDate',
  'learnedDate',
] as const satisfies readonly FactField[];

/** Fields added in case-file version 2: a case written before them reads them as blank. */
export const FACT_FIELDS_SINCE_V2 = ['deliveryDate', 'faultFoundDate', 'idNumber', 'receivedDate', 'learnedDate'] as const satisfies readonly FactField[];

/** Fields written on several lines (a list, an address). */
export const MULTILINE_FIELDS = [
  'whatHappened',
  'evidence',
  'stepsTaken',
  'outcome',
  'whyReasonable',
  'yourAddress',
  'issuerAddress',
  'errorReason',
] as const satisfies readonly FactField[];

/** The ways a person reaches a company; names come from the shared channel names. */
export const LOG_CHANNELS = ['phone', 'chat', 'email', 'social', 'postal', 'in-person', 'card-issuer'] as const satisfies readonly Channel[];
export type LogChannel = (typeof LOG_CHANNELS)[number];

/** The rungs a contact can be on: every stage but "prepare", which is this page itself. */
export const LOG_STAGES = ['front-line', 'supervisor', 'social', 'executive', 'headquarters', 'card-and-regulators'] as const satisfies readonly Stage[];
export type LogStage = (typeof LOG_STAGES)[number];

/** One contact with the company, as the person logged it. */
export interface LogEntry {
  id: string;
  /** When the contact happened, "YYYY-MM-DD" or "". */
  date: string;
  channel: LogChannel;
  /** Which rung of the ladder the person reached. */
  stage: LogStage;
  /** The agent's name or ID. */
  who: string;
  reference: string;
  /** What the agent promised to do. */
  promised: string;
  /** The date it was promised by, "YYYY-MM-DD" or "". */
  promisedBy: string;
  /** The time it was promised by, "HH:MM" or "". */
  promisedTime: string;
}
export const LOG_FIELDS = ['date', 'channel', 'stage', 'who', 'reference', 'promised', 'promisedBy', 'promisedTime'] as const;
export type LogField = (typeof LOG_FIELDS)[number];

export interface CaseRecord {
  /** Stable for the case's life, and kept through export and import. */
  id: string;
  name: string;
  /** ISO timestamps with milliseconds, "2024-03-01T10:00:00.000Z". updatedAt decides which copy is newer. */
  createdAt: string;
  updatedAt: string;
  /** The directory company the name matched, or "" when it was typed freely. */
  companyId: string;
  facts: Facts;
  log: LogEntry[];
}

export function emptyFacts(): Facts {
  return Object.fromEntries(FACT_FIELDS.map((field) => [field, ''])) as Facts;
}

export function newCase(id: string, name: string, now: string): CaseRecord {
  return { id, name, createdAt: now, updatedAt: now, companyId: '', facts: emptyFacts(), log: [] };
}

export function newLogEntry(id: string, date: string): LogEntry {
  return { id, date, channel: 'phone', stage: 'front-line', who: '', reference: '', promised: '', promisedBy: '', promisedTime: '' };
}

/** A random id: unguessable is not needed, unique across tabs and devices is. */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
