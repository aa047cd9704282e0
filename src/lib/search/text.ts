/**
 * How search reads the words of a query, the same way for every language:
 * lower case in the page's locale, typographic apostrophes folded to the
 * plain one, and the punctuation around a word dropped (a word keeps what it
 * holds inside: "won't", "at&t", "t-mobile", "1-800-jennair").
 */

/** One word of a query and where it stood in the text the reader typed. */
export interface Token {
  /** The word as search compares it: lower case, apostrophes folded. */
  word: string;
  start: number;
  end: number;
}

const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`´]/g;
/** Letters, marks and digits, and the joiners a word may hold inside. */
const WORD = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'&.\-/_@+]*[\p{L}\p{M}\p{N}])?/gu;

export function foldWord(word: string, locale: string): string {
  return word.replace(APOSTROPHES, "'").toLocaleLowerCase(locale);
}

export function tokenize(text: string, locale: string): Token[] {
  const folded = text.replace(APOSTROPHES, "'");
  return [...folded.matchAll(WORD)].map((match) => ({
    word: match[0].toLocaleLowerCase(locale),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Names are compared folded: "Jenn-Air", "JennAir" and "jenn air" are one key (as the content checks compare them). */
export { nameKey } from '../content/checks';
