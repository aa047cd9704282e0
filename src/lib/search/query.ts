/**
 * Reads a query into what search looks for: the phone numbers in it (for the
 * look-up), and its meaningful words as "concepts", each with the ways
 * Pagefind may find it: the reader's own words, and the page words the
 * vocabulary gives for them ("double billed" → also "chargeback"). The small
 * words ("a", "my", "the") are dropped. Language-neutral: the locale, the
 * small words and the vocabulary come with the page's language.
 */
import { findNumbersInText } from '../lookup/in-text';
import { readTypedNumber } from '../lookup/match';
import { hebrewBareForms } from './hebrew';
import { tokenize } from './text';
import { matchVocabulary, type CompiledVocabulary } from './vocabulary';

/** Something the reader asked for, and the Pagefind queries that can find it. */
export interface Concept {
  /** The reader's words for it. */
  label: string;
  /** Pagefind queries, any of which finds it; the reader's own words first. */
  alternatives: string[];
  /** A phone number: its digits, searched as words too (each company page lists its numbers' forms). */
  phone?: boolean;
  /** The words the reader typed (for spelling correction: only single typed words are corrected). */
  typed: string[];
  /** Where its words are in the plan's `words` (absent for a phone number). */
  start?: number;
  end?: number;
  /** The tactics the vocabulary says these words are about. */
  tactics?: string[];
}

export interface QueryPlan {
  /** The phone numbers in the query, as typed. */
  numbers: string[];
  concepts: Concept[];
  /** Every word outside the numbers, small words included, in order: where company names are looked for. */
  words: string[];
}

/** More words than this are not searched one by one: the first ones are kept. */
export const MAX_CONCEPTS = 8;

export function planQuery(text: string, vocabulary: CompiledVocabulary, locale: string): QueryPlan {
  const numbers = findNumbersInText(text);
  // Blank the numbers out, keeping positions, so the words around them read as before.
  let rest = text;
  for (const n of numbers) rest = rest.slice(0, n.start) + ' '.repeat(n.end - n.start) + rest.slice(n.end);
  const words = tokenize(rest, locale).map((t) => t.word);
  const small = new Set(vocabulary.smallWords);
  const meaningful = (word: string) => !small.has(word) && (word.length > 1 || /\d/.test(word));

  const concepts: Concept[] = [];
  const add = (concept: Concept) => {
    const key = concept.alternatives.join('|');
    if (concept.alternatives.length > 0 && !concepts.some((c) => c.alternatives.join('|') === key)) concepts.push(concept);
  };

  // A Hebrew word matches the vocabulary without its one-letter prefixes too ("לביטול עסקה").
  const matches = matchVocabulary(words, vocabulary.terms, locale.startsWith('he') ? hebrewBareForms : undefined);
  let i = 0;
  for (const match of [...matches, { start: words.length, end: words.length, pages: [], tactics: [] }]) {
    for (; i < match.start; i += 1) {
      const word = words[i]!;
      // A Hebrew word is also looked for without its one-letter prefixes ("ולהחזר" finds "החזר").
      const bare = locale.startsWith('he') ? hebrewBareForms(word).filter((form) => !small.has(form)) : [];
      if (meaningful(word)) add({ label: word, alternatives: [word, ...bare], typed: [word], start: i, end: i + 1 });
    }
    if (match.end > match.start) {
      const own = words.slice(match.start, match.end).filter(meaningful);
      add({
        label: words.slice(match.start, match.end).join(' '),
        alternatives: [...new Set([...(own.length ? [own.join(' ')] : []), ...match.pages])],
        typed: [],
        start: match.start,
        end: match.end,
        ...(match.tactics.length > 0 ? { tactics: match.tactics } : {}),
      });
    }
    i = match.end;
  }

  for (const n of numbers) {
    const typed = readTypedNumber(n.text);
    if (typed) concepts.unshift({ label: n.text, alternatives: [typed.digits], phone: true, typed: [] });
  }
  return { numbers: numbers.map((n) => n.text), concepts: concepts.slice(0, MAX_CONCEPTS), words };
}
