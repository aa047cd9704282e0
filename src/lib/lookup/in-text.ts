/**
 * Finds phone numbers inside a sentence ("is 888 714 9824 a real number?",
 * "who owns 1-800-JENNAIR"), so that search can answer them with the look-up
 * and search the rest of the sentence as words. A number is a run of
 * neighbouring pieces that each hold a digit (and may end in letters, for a
 * vanity spelling), which together read as a phone number.
 */
import { looksLikePhone } from './match';

export interface NumberInText {
  /** The number as typed: "888 714 9824". */
  text: string;
  start: number;
  /** One past its last character. */
  end: number;
}

/**
 * One piece of a number: digits with separators, maybe an opening "+", "(" or the "*" of an
 * Israeli short code ("*053"), maybe letters after a digit.
 */
const PIECE = /^(?:tel:)?[+(*]?\d[\d().\-/\u2010-\u2015]*(?:[a-z][a-z\d\-]*)?\)?$/i;
/** Punctuation that ends a sentence or a clause, never part of the number. */
const TRAILING = /[?!,;:.…"'»”’)]+$/u;
const LEADING = /^[("'«“‘]+/u;

interface Piece {
  text: string;
  start: number;
  end: number;
  /** True when punctuation after it ended a clause: a number does not run on past it. */
  closes: boolean;
}

function pieces(text: string): Piece[] {
  return [...text.matchAll(/\S+/g)].map((match) => {
    let start = match.index;
    let word = match[0];
    const lead = LEADING.exec(word)?.[0] ?? '';
    // Keep a "(" that opens an area code: "(866) 510-9715".
    if (lead && !/^\(\d{3}\)/.test(word)) {
      word = word.slice(lead.length);
      start += lead.length;
    }
    let trimmed = word.replace(TRAILING, '');
    // Keep the ")" that closes an area code.
    if (/^\(\d{3}$/.test(trimmed) && word.startsWith(`${trimmed})`)) trimmed += ')';
    return { text: trimmed, start, end: start + trimmed.length, closes: trimmed.length < word.length };
  });
}

export function findNumbersInText(text: string): NumberInText[] {
  const found: NumberInText[] = [];
  const all = pieces(text);
  let i = 0;
  while (i < all.length) {
    if (!PIECE.test(all[i]!.text)) {
      i += 1;
      continue;
    }
    // The longest run of number pieces from here that reads as a phone number.
    let j = i;
    while (j + 1 < all.length && !all[j]!.closes && PIECE.test(all[j + 1]!.text)) j += 1;
    let matched = -1;
    for (let k = j; k >= i; k -= 1) {
      const candidate = text.slice(all[i]!.start, all[k]!.end);
      if (looksLikePhone(candidate)) {
        matched = k;
        break;
      }
    }
    if (matched >= 0) {
      found.push({ text: text.slice(all[i]!.start, all[matched]!.end), start: all[i]!.start, end: all[matched]!.end });
      i = matched + 1;
    } else {
      i += 1;
    }
  }
  return found;
}
