/**
 * Reverse number look-up: reads a phone number as a person types or pastes it
 * ("(866) 510-9715", "+1 866 510 9715", "1-800-JENNAIR", "tel:+18665109715")
 * and finds it in the directory built from the content.
 *
 * It runs in the browser on every page where search opens, so it does not use
 * libphonenumber-js (whose metadata alone would outweigh the whole search UI):
 * the directory's numbers were validated at build time, so matching digits
 * against them is enough. A typed number is compared in the forms a person
 * uses: international (with +, 00 or 011), with the country code but no +,
 * national, and national with a trunk 0.
 */

import type { Rung } from '../directory/ladder';

/** What a number in the directory is: a contact's status, or a known scam. */
export type NumberStatus = 'current' | 'unverified' | 'superseded' | 'retired' | 'scam';

/** The contact that replaced a superseded number. */
export interface Replacement {
  label: string;
  /** The label in other languages, where a translation says it differently: { he: "…", nb: "…" }. */
  labels?: Record<string, string> | undefined;
  display: string;
  /** "tel:+12064817200", absent when the replacement cannot be called (a fax). */
  uri?: string | undefined;
  status: NumberStatus;
}

/** One number in the look-up directory, with what a person needs to act on it. */
export interface DirectoryNumber {
  /** E.164 without the "+": "18665109715". */
  digits: string;
  /** The country calling code: "1". */
  countryCode: string;
  /** National display form: "(866) 510-9715". */
  display: string;
  /** The spelling with letters, when the company publishes one: "1-800-EXPEDIA". */
  vanity?: string | undefined;
  /** The company's id in the directory. */
  company: string;
  status: NumberStatus;
  /** phone, fax or short-code for a contact; absent for a scam number. */
  kind?: 'phone' | 'fax' | 'short-code' | undefined;
  /** The contact's label ("Tier 3 customer service"); absent for a scam number. */
  label?: string | undefined;
  /** The label in other languages, where a translation says it differently: { he: "…", nb: "…" }. */
  labels?: Record<string, string> | undefined;
  /** The rung ("escalation"); absent for a scam number. Its name is in the language's strings. */
  rung?: Rung | undefined;
  /** When the source gave the value: "YYYY-MM-DD", "YYYY-MM" or "YYYY" (formatted in the reader's language when shown). */
  asOf: string;
  /** When a superseded or retired number stopped being right, as asOf. */
  endedOn?: string | undefined;
  replacement?: Replacement | undefined;
  /** For a scam number: where it was seen. */
  seenOn?: string | undefined;
}

/** A contact's label in a language: its translation when there is one, else the label as written. */
export function labelIn<T extends { label?: string | undefined; labels?: Record<string, string> | undefined }>(contact: T, lang: string): T['label'] {
  return contact.labels?.[lang] ?? contact.label;
}

/** The company facts an answer links to. */
export interface DirectoryCompany {
  name: string;
  /** The company's page on this site. */
  url: string;
  /** Where to confirm a number: its own contact page, else its website. */
  checkUrl: string;
  /** The number to call instead, for a scam or dead number: its first live phone. */
  keyPhone?: Replacement | undefined;
}

export interface LookupDirectory {
  companies: Record<string, DirectoryCompany>;
  numbers: DirectoryNumber[];
}

/** A typed number, read. */
export interface TypedNumber {
  /** Digits after letters became keypad digits and any international prefix was dropped. */
  digits: string;
  /** True when the person typed +, 00 or 011: the digits start with a country code. */
  international: boolean;
  /** True when the person spelled part of it in letters. */
  vanity: boolean;
  /** True for a short number as dialled inside one country ("*2000"): compared as typed, never given a country code. */
  shortCode?: boolean;
}

export type LookupAnswer =
  | { kind: 'found'; typed: TypedNumber; matches: DirectoryNumber[] }
  | { kind: 'unknown'; typed: TypedNumber; display: string }
  | { kind: 'invalid'; reason: 'too-short' | 'too-long' };

const KEYPAD = ['', '', 'ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];

/** "J" → "5": the digit a letter sits on, on a phone keypad. */
function keypadDigit(letter: string): string {
  const upper = letter.toUpperCase();
  return String(KEYPAD.findIndex((keys) => keys.includes(upper)));
}

/** Separators people put inside numbers. */
const SEPARATORS = /[\s().\-/\u00a0\u2010-\u2015]/g;
/** "ext. 12", "x12", "#12" after a number: an extension, not part of it. */
const EXTENSION = /\s*(?:ext\.?|extension|x|#)\s*\d{1,6}$/i;
/** The shortest and longest numbers worth looking up (E.164 allows 15 digits). */
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;

/**
 * True when a search query is a phone number rather than words: digits with
 * the usual separators, or a vanity number (digits, then letters: "1-800-JENNAIR").
 * "delta 2023" and "10-K 2019" are words.
 */
export function looksLikePhone(query: string): boolean {
  const text = query.trim().replace(/^tel:/i, '').replace(EXTENSION, '');
  if (STAR_NUMBER.test(text.replace(SEPARATORS, ''))) return true;
  if (!/^\+?[\d\s().\-/\u00a0\u2010-\u2015a-z]+$/i.test(text)) return false;
  const compact = text.replace(SEPARATORS, '');
  const digitCount = (compact.match(/\d/g) ?? []).length;
  if (!/[a-z]/i.test(compact)) return digitCount >= MIN_DIGITS;
  // A vanity number is a North American number: an area code (optionally after 1 or +1) and
  // maybe an exchange, then letters; ten digits in all once spelled out (a few extra letters allowed).
  if (!/^\+?1?[2-9]\d{2}(?:\d{3})?[a-z]{3}[a-z\d]*$/i.test(compact)) return false;
  const national = compact.replace(/^\+?1(?=[2-9]\d{2})/, '');
  return national.length >= 10 && national.length <= 13;
}

/** An Israeli star number as people write it: "*2000", "* 2000", "tel:*2000". */
const STAR_NUMBER = /^\*\s*(\d{2,5})$/;

/** Reads a typed number into digits, or undefined when it holds no number at all. */
export function readTypedNumber(input: string): TypedNumber | undefined {
  let text = input.trim().replace(/^tel:/i, '').replace(EXTENSION, '');
  const star = STAR_NUMBER.exec(text.replace(SEPARATORS, ''));
  if (star) return { digits: `*${star[1]}`, international: false, vanity: false, shortCode: true };
  // Letters alone are a word, not a number: a vanity number starts with real digits.
  if ((text.match(/\d/g) ?? []).length < 3) return undefined;
  const vanity = /[a-z]/i.test(text);
  text = text.replace(/[a-z]/gi, keypadDigit).replace(SEPARATORS, '');
  let international = false;
  if (text.startsWith('+')) {
    international = true;
    text = text.slice(1);
  } else if (text.startsWith('011')) {
    // The North American international prefix.
    international = true;
    text = text.slice(3);
  } else if (text.startsWith('00')) {
    international = true;
    text = text.slice(2);
  }
  if (!/^\d+$/.test(text)) return undefined;
  return { digits: text, international, vanity };
}

/**
 * The full international digits this typed number could stand for, given the
 * country code of a directory number: as typed, with the country code added,
 * and with a national trunk 0 replaced by the country code.
 */
function candidates(typed: TypedNumber, countryCode: string): string[] {
  const { digits } = typed;
  if (typed.international) return [digits];
  const forms = [digits, countryCode + digits];
  if (digits.startsWith('0')) forms.push(countryCode + digits.slice(1));
  return forms;
}

/** True when the typed number is this directory number. */
function matches(typed: TypedNumber, entry: DirectoryNumber): boolean {
  // A short code dials only as written ("*2000", "103"): it is that, or nothing.
  if (entry.kind === 'short-code') return !typed.international && typed.digits === entry.digits;
  if (typed.shortCode) return false;
  return candidates(typed, entry.countryCode).some(
    (form) =>
      form === entry.digits ||
      // A vanity spelling may run past the last digit ("1-800-FLOWERS-COM"): the extra letters are not dialled.
      (typed.vanity && form.length > entry.digits.length && form.startsWith(entry.digits)),
  );
}

/** Formats digits for reading back: NANP numbers as (866) 510-9715, others grouped as typed. */
export function formatTypedNumber(typed: TypedNumber): string {
  const { digits } = typed;
  const nanp = /^1?(\d{3})(\d{3})(\d{4})$/.exec(digits);
  if (nanp && (!typed.international || digits.length === 11)) return `(${nanp[1]}) ${nanp[2]}-${nanp[3]}`;
  return typed.international ? `+${digits}` : digits;
}

/** Looks a typed number up in the directory. */
export function lookUpNumber(directory: LookupDirectory, input: string): LookupAnswer | undefined {
  const typed = readTypedNumber(input);
  if (!typed) return undefined;
  const found = directory.numbers.filter((entry) => matches(typed, entry));
  if (found.length > 0) return { kind: 'found', typed, matches: sortMatches(found) };
  if (typed.shortCode) return { kind: 'unknown', typed, display: typed.digits };
  if (typed.digits.length < MIN_DIGITS) return { kind: 'invalid', reason: 'too-short' };
  if (typed.digits.length > MAX_DIGITS && !typed.vanity) return { kind: 'invalid', reason: 'too-long' };
  return { kind: 'unknown', typed, display: formatTypedNumber(typed) };
}

/** A scam warning first: it is the one thing a person must not miss. Then live values before history. */
const STATUS_ORDER: readonly NumberStatus[] = ['scam', 'current', 'unverified', 'superseded', 'retired'];

function sortMatches(found: DirectoryNumber[]): DirectoryNumber[] {
  return [...found].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
}
