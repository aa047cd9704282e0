/**
 * What the browser's search reads for one language (/data/search/<lang>.json):
 * the compiled vocabulary and small words, which names files exist, and the
 * words of the playbook for spelling correction. Built from content; pure.
 */
import { nameKey, tokenize } from './text';
import { MIN_TYPO_LENGTH, type NamesManifest } from './names';
import type { CompiledVocabulary } from './vocabulary';

export interface SearchData {
  /** The language, as in <html lang>. */
  lang: string;
  vocabulary: CompiledVocabulary;
  names: NamesManifest;
  /** Where the names files are: "{key}" is the file's key ("-" for the one file of a small index). */
  namesUrl: string;
  typosUrl: string;
  /** A company's page, with "{id}" for its id. */
  companyUrl: string;
  /**
   * The playbook's own names (tactic titles and other names, and the page
   * words of the vocabulary) for correcting a misspelt word that is not a
   * company's name. Not every word of the pages: a word readers use that is
   * simply not on the site ("fair") must not be "corrected" to one that is.
   */
  words: string[];
}

/** A tactic's names, which a reader may misspell. */
export interface TacticWords {
  title: string;
  aka: readonly string[];
}

export function playbookWords(tactics: readonly TacticWords[], vocabulary: CompiledVocabulary, locale: string): string[] {
  const words = new Set<string>();
  const small = new Set(vocabulary.smallWords);
  const add = (text: string) => {
    for (const { word } of tokenize(text, locale)) {
      const key = nameKey(word);
      if (key.length >= MIN_TYPO_LENGTH && !small.has(word)) words.add(key);
    }
  };
  for (const tactic of tactics) [tactic.title, ...tactic.aka].forEach(add);
  for (const term of vocabulary.terms) add(term.pages);
  return [...words].sort();
}

/** The file name of a names file: its key, or "-" for the one file of an index small enough to need no split. */
export function namesFileName(key: string): string {
  return key === '' ? '-' : key;
}
