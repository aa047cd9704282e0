/**
 * The one way a script gets its words: the page's #page-strings data block
 * (src/components/PageStrings.astro), in the page's language, holding only the
 * keys that page uses. A missing key shows as itself, so a gap is visible.
 */
import { fill } from '../lib/text/fill';
import { formatIsoDate } from '../lib/text/dates';

interface PageStrings {
  lang: string;
  /** The locale dates are written in ("en-GB": 12 February 2024). */
  dateLocale?: string;
  strings: Record<string, string>;
}

let loaded: PageStrings | undefined;

function pageStrings(): PageStrings {
  if (!loaded) {
    const text = document.getElementById('page-strings')?.textContent;
    loaded = text ? (JSON.parse(text) as PageStrings) : { lang: document.documentElement.lang || 'en', strings: {} };
  }
  return loaded;
}

/** The page's string for a key. */
export function t(key: string): string {
  return pageStrings().strings[key] ?? key;
}

/** The page's string for a key with its {slots} filled. */
export function say(key: string, values: Record<string, string | number>): string {
  return fill(t(key), values);
}

/** The form of a plural key ("unit.days") for n, by the page language's plural rules ("#one", "#two", "#other"). */
export function plural(key: string, n: number): string {
  const { lang, strings } = pageStrings();
  const form = strings[`${key}#${new Intl.PluralRules(lang).select(n)}`] ?? strings[`${key}#other`] ?? key;
  return fill(form, { n: new Intl.NumberFormat(lang).format(n) });
}

/** A date in the page's language. */
export function pageDate(iso: string): string {
  return formatIsoDate(iso, pageStrings().dateLocale);
}

/** The page's language, for Intl. */
export function pageLang(): string {
  return pageStrings().lang;
}
