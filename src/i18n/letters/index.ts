/**
 * The words the case builder writes its texts with, one table per language:
 * the sentences of the call plan, the letters, the email and the post, their
 * [blanks], the call-log lines, the channel names and the deadline notes, from that language's
 * dictionary, and for Bokmål and Hebrew the country letters' own sentences
 * (./nb.ts, ./he.ts). A Norwegian letter is written from the Bokmål table and
 * an Israeli one from the Hebrew table on every page, since it goes to a
 * business in that country; the other texts use the page's language.
 *
 * The tables reach the browser in /data/case/texts.json, not in the page's
 * strings block: the page then carries only its interface words.
 */
import { inTextTable } from '../../lib/case/strings';
import { dictionaries } from '../ui';
import { LOCALES, locales, type Locale } from '../locales';
import { heLetters } from './he';
import { nbLetters } from './nb';

export interface TextTable {
  lang: Locale;
  dateLocale: string;
  strings: Record<string, string>;
}

const OWN_LETTERS: Partial<Record<Locale, Record<string, string>>> = { nb: nbLetters, he: heLetters };

export function textTable(locale: Locale): TextTable {
  const shared = Object.entries(dictionaries[locale]).filter(([key]) => inTextTable(key));
  return { lang: locale, dateLocale: locales[locale].dateLocale, strings: { ...Object.fromEntries(shared), ...OWN_LETTERS[locale] } };
}

export function textTables(): Record<Locale, TextTable> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, textTable(locale)])) as Record<Locale, TextTable>;
}
