/**
 * The everyday vocabulary (content/vocabulary/<language>.yaml): readers'
 * words mapped to the words the pages use. At build time it is checked
 * against the pages and compiled into the small form the browser reads; in
 * the browser it is applied to a query before searching, so that "double
 * billed" also searches "chargeback" and "ceo" also searches "executive".
 */
import { tokenize } from './text';

/** The vocabulary as written in content (see src/schemas/vocabulary.ts). */
export interface VocabularyInput {
  smallWords: readonly string[];
  nameEndings: readonly string[];
  namePrefixes: readonly string[];
  tactics: Readonly<Record<string, readonly { pages: string; readers: readonly string[] }[]>>;
  rungs: Readonly<Partial<Record<string, readonly { pages: string; readers: readonly string[] }[]>>>;
  words: readonly { pages: string; readers: readonly string[] }[];
}

/** One reader's phrase, as words; a word ending in "*" takes every word that starts so. */
export type ReaderPattern = readonly string[];

/** What the browser gets: every reader phrase with the page words it stands for. */
export interface CompiledTerm {
  readers: ReaderPattern[];
  pages: string;
  /** The tactic whose entry it is: a reader who says it is asking about that tactic. */
  tactic?: string;
}

export interface CompiledVocabulary {
  smallWords: string[];
  nameEndings: string[];
  namePrefixes: string[];
  terms: CompiledTerm[];
}

/** Where a problem in a vocabulary file is: the field path, as the build's messages name it. */
export interface VocabularyProblem {
  field: string;
  message: string;
}

function patternOf(phrase: string, locale: string): string[] {
  // tokenize() drops a trailing "*", so read the stars from the raw words.
  const starred = new Set(
    phrase
      .split(/\s+/)
      .filter((word) => word.endsWith('*'))
      .map((word) => word.slice(0, -1).toLocaleLowerCase(locale)),
  );
  return tokenize(phrase, locale).map((token) => (starred.has(token.word) ? `${token.word}*` : token.word));
}

/** The tactic id of an entry's field ("tactics.threaten-a-chargeback[0]"), if it is a tactic's. */
function tacticOf(field: string): string | undefined {
  return /^tactics\.([^[]+)\[/.exec(field)?.[1];
}

function allTerms(input: VocabularyInput): { field: string; pages: string; readers: readonly string[] }[] {
  return [
    ...Object.entries(input.tactics).flatMap(([id, terms]) => terms.map((term, i) => ({ field: `tactics.${id}[${i}]`, ...term }))),
    ...Object.entries(input.rungs).flatMap(([rung, terms]) => (terms ?? []).map((term, i) => ({ field: `rungs.${rung}[${i}]`, ...term }))),
    ...input.words.map((term, i) => ({ field: `words[${i}]`, ...term })),
  ];
}

export function compileVocabulary(input: VocabularyInput, locale: string): CompiledVocabulary {
  return {
    smallWords: [...new Set(input.smallWords.map((word) => word.replace(/[\u2018\u2019]/g, "'").toLocaleLowerCase(locale)))],
    nameEndings: [...input.nameEndings],
    namePrefixes: [...input.namePrefixes],
    terms: allTerms(input).map((term) => {
      const tactic = tacticOf(term.field);
      return { readers: term.readers.map((reader) => patternOf(reader, locale)), pages: term.pages, ...(tactic ? { tactic } : {}) };
    }),
  };
}

/** The text a page offers to search, for the build's check that the vocabulary's page words are really there. */
export interface PageText {
  /** The tactic's id, for `tactics.<id>` entries. */
  id: string;
  text: string;
}

/**
 * Checks the vocabulary against the site: each tactic it names exists, and
 * the page words of each entry are on the pages (a tactic's own page for its
 * entries; any tactic for the rest), so that no entry leads search to words
 * nothing has. A reader's phrase must hold a word other than the small ones.
 */
export function checkVocabulary(input: VocabularyInput, tactics: readonly PageText[], locale: string): VocabularyProblem[] {
  const problems: VocabularyProblem[] = [];
  const words = (text: string) => new Set(tokenize(text, locale).map((t) => t.word));
  const tacticWords = new Map(tactics.map((t) => [t.id, words(t.text)]));
  const everyWord = new Set(tactics.flatMap((t) => [...tacticWords.get(t.id)!]));
  const small = new Set(compileVocabulary(input, locale).smallWords);

  for (const id of Object.keys(input.tactics)) {
    if (!tacticWords.has(id)) problems.push({ field: `tactics.${id}`, message: `unknown tactic "${id}"` });
  }
  const seen = new Map<string, string>();
  for (const term of allTerms(input)) {
    const tacticId = tacticOf(term.field);
    const onPages = tacticId ? tacticWords.get(tacticId) : everyWord;
    if (onPages) {
      const missing = tokenize(term.pages, locale)
        .map((t) => t.word)
        .filter((word) => !onPages.has(word));
      if (missing.length > 0) {
        const where = tacticId ? `the page of tactic "${tacticId}"` : 'any tactic page';
        problems.push({ field: `${term.field}.pages`, message: `"${missing.join('", "')}" is not on ${where}` });
      }
    }
    term.readers.forEach((reader, i) => {
      const pattern = patternOf(reader, locale);
      if (!pattern.some((word) => !small.has(word.replace(/\*$/, '')))) {
        problems.push({ field: `${term.field}.readers[${i}]`, message: `"${reader}" holds only small words, which search drops` });
      }
      const key = `${pattern.join(' ')}→${term.pages}`;
      const other = seen.get(key);
      if (other) problems.push({ field: `${term.field}.readers[${i}]`, message: `"${reader}" already leads to "${term.pages}" in ${other}` });
      else seen.set(key, `${term.field}.readers[${i}]`);
    });
  }
  return problems;
}

function matchesWord(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : pattern === word;
}

/** A run of a query's words that a reader's phrase matched, with the page words it stands for. */
export interface VocabularyMatch {
  start: number;
  /** One past the last word. */
  end: number;
  pages: string[];
  /** The tactics whose entries matched. */
  tactics: string[];
}

/**
 * Finds the reader phrases in a query's words, longest first, left to right;
 * a run of words matched by several entries gets all their page words.
 */
export function matchVocabulary(
  words: readonly string[],
  terms: readonly CompiledTerm[],
  /** Other forms a word may match in (a Hebrew word without its one-letter prefixes). */
  forms: (word: string) => readonly string[] = () => [],
): VocabularyMatch[] {
  const matches: VocabularyMatch[] = [];
  const each = words.map((word) => [word, ...forms(word)]);
  let i = 0;
  while (i < words.length) {
    let best: VocabularyMatch | undefined;
    for (const term of terms) {
      for (const pattern of term.readers) {
        const end = i + pattern.length;
        if (end > words.length || !pattern.every((p, k) => each[i + k]!.some((word) => matchesWord(p, word)))) continue;
        if (!best || end > best.end) best = { start: i, end, pages: [], tactics: [] };
        if (end < best.end) continue;
        if (!best.pages.includes(term.pages)) best.pages.push(term.pages);
        if (term.tactic && !best.tactics.includes(term.tactic)) best.tactics.push(term.tactic);
      }
    }
    if (best) {
      matches.push(best);
      i = best.end;
    } else {
      i += 1;
    }
  }
  return matches;
}
