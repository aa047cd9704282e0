/**
 * What every text generator is given, and the small helpers they share. The
 * generators are pure: the same case, directory entry, strings and day give the
 * same text, so unit tests can check each one holds the facts entered.
 */
import type { Channel } from '../../../schemas/tactic';
import { formatIsoDate } from '../../text/dates';
import { isIsoDay } from '../days';
import type { CaseCompany } from '../directory';
import { fill } from '../../text/fill';
import type { CaseRecord, FactField, LogEntry } from '../model';

/** A key of the case builder's strings; the dictionaries hold them (tests/unit/i18n checks every key used here exists). */
export type CaseTextKey = `case.${string}`;

export interface TextContext {
  record: CaseRecord;
  /** The directory entry the company name matched, if any. */
  company?: CaseCompany;
  t: (key: CaseTextKey) => string;
  channel: (channel: Channel) => string;
  /** Writes a day in the reader's language; English (12 February 2024) when not given. */
  formatDay?: (iso: string) => string;
  /** The person's local day, "YYYY-MM-DD": the date a letter is written. */
  today: string;
}

/** Helpers bound to one context. */
export function helpers(ctx: TextContext) {
  const { record, t } = ctx;
  const fact = (field: FactField): string => record.facts[field].trim();
  /** A fact, or its [bracketed] blank so the person sees what is missing. */
  const or = (field: FactField, blank: CaseTextKey): string => fact(field) || t(blank);
  const formatDay = ctx.formatDay ?? ((iso: string) => formatIsoDate(iso));
  const day = (value: string): string => (isIsoDay(value) ? formatDay(value) : '');
  /** A fact to sit mid-sentence: its closing full stop dropped, since the sentence supplies one. */
  const clause = (field: FactField, blank: CaseTextKey): string => or(field, blank).replace(/[.。]+$/, '');
  /** A fact as a whole sentence: a full stop added when it has no closing punctuation. */
  const sentence = (field: FactField): string => (fact(field) && !/[.!?…]$/.test(fact(field)) ? `${fact(field)}.` : fact(field));
  /** A fact as a whole sentence, or its [blank]. */
  const sentenceOr = (field: FactField, blank: CaseTextKey): string => sentence(field) || t(blank);
  const dayOr = (field: FactField): string => day(fact(field)) || t('case.blank.date');
  const say = (key: CaseTextKey, values: Record<string, string | number> = {}): string => fill(t(key), values);
  const company = (): string => ctx.company?.name ?? (fact('companyName') || t('case.blank.company'));

  /** One line of the call log, leaving out what was not recorded. */
  const logLine = (entry: LogEntry): string => {
    const head = `${day(entry.date) || t('case.blank.date')}, ${ctx.channel(entry.channel)}`;
    const promised = entry.promised.trim()
      ? [say('case.logLine.promised', { promised: entry.promised.trim() }), day(entry.promisedBy) && say('case.logLine.by', { by: promiseDue(entry) })]
          .filter(Boolean)
          .join(' ')
      : '';
    const parts = [
      entry.who.trim() && say('case.logLine.who', { who: entry.who.trim() }),
      entry.reference.trim() && say('case.logLine.reference', { reference: entry.reference.trim() }),
      promised,
    ].filter(Boolean);
    return parts.length > 0 ? `${head}: ${parts.join('; ')}` : head;
  };

  const promiseDue = (entry: LogEntry): string =>
    [day(entry.promisedBy), entry.promisedTime].filter(Boolean).join(' ') || t('case.blank.date');

  /** Steps already taken and the log, as one list. */
  const history = (): string[] => [...lines(fact('stepsTaken')), ...record.log.map(logLine)];

  return { fact, or, clause, sentence, sentenceOr, day, dayOr, say, company, logLine, promiseDue, history };
}

/** The non-empty lines of a text, trimmed. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** One item inline; several as a dashed list on their own lines; none as the blank. */
export function listOrBlank(items: readonly string[], blank: string): string {
  if (items.length === 0) return blank;
  if (items.length === 1) return items[0]!;
  return `\n${items.map((item) => `- ${item}`).join('\n')}`;
}

/** Joins paragraphs with a blank line, leaving out empty ones. */
export function paragraphs(...blocks: (string | false | undefined)[]): string {
  // A list after "label: " leaves a space before its first line break; drop it.
  return blocks
    .filter((block): block is string => Boolean(block))
    .join('\n\n')
    .replace(/[ \t]+\n/g, '\n');
}
