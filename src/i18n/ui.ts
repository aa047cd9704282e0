/**
 * The interface strings of a page, in its language. Each language is one
 * dictionary (src/i18n/<lang>/, split by area and typed from the English one);
 * this module only looks words up and formats numbers, plurals and dates
 * with Intl in the page's locale. Content (tactics, companies, bodies) is
 * translated in content/translations/.
 */
import type { BodyKind } from '../schemas/body';
import type { ContactStatus } from '../schemas/contact';
import type { Deadline } from '../schemas/deadline';
import type { Industry } from '../schemas/industry';
import type { Channel } from '../schemas/tactic';
import type { Rung, Stage } from '../lib/directory/ladder';
import { fill } from '../lib/text/fill';
import { formatIsoDate } from '../lib/text/dates';
import type { Dictionary, PluralKey, UiKey } from './dictionary';
import { assertDictionariesComplete } from './check';
import { areas as enAreas, en } from './en';
import { areas as heAreas, he } from './he';
import { areas as nbAreas, nb } from './nb';
import { DEFAULT_LOCALE, isLocale, locales, type Locale } from './locales';

export { DEFAULT_LOCALE, LOCALES, locales, isLocale, type Locale } from './locales';
export type { UiKey, PluralKey } from './dictionary';

export const dictionaries: Record<Locale, Dictionary> = { en, he, nb };

// Stops the build (which does not type-check) on a missing key, naming the file.
assertDictionariesComplete(enAreas, { he: heAreas, nb: nbAreas });

const cache = new Map<Locale, ReturnType<typeof build>>();

function build(locale: Locale) {
  const d = dictionaries[locale];
  const lang = locales[locale].lang;
  const pluralRules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const regions = new Intl.DisplayNames([lang], { type: 'region' });
  const t = (key: UiKey): string => d[key];
  /** The form of a plural key for n ("#one", "#two", "#other"), with {n} filled in the locale's digits. */
  const plural = (key: PluralKey, n: number): string => {
    const form = (d as Record<string, string | undefined>)[`${key}#${pluralRules.select(n)}`] ?? d[`${key}#other` as keyof Dictionary]!;
    return fill(form, { n: numbers.format(n) });
  };
  /** "60 days", "2 business days", "at least 2 months". */
  const span = (deadline: Pick<Deadline, 'amount' | 'unit' | 'atLeast'>): string => {
    const words = plural(`unit.${deadline.unit}`, deadline.amount);
    return deadline.atLeast ? fill(d['deadline.atLeast'], { span: words }) : words;
  };
  return {
    locale,
    lang,
    dir: locales[locale].dir,
    t,
    plural,
    span,
    /** "60 days from the date the issuer sent the statement"; `from` is the (translated) event. */
    deadline: (deadline: Pick<Deadline, 'amount' | 'unit' | 'atLeast'>, from: string): string =>
      fill(d['deadline.from'], { span: span(deadline), from }),
    number: (n: number): string => numbers.format(n),
    /** A date of any precision ("2024", "2024-02", "2024-02-12") in the page's language. */
    date: (iso: string): string => formatIsoDate(iso, locales[locale].dateLocale),
    dateLocale: locales[locale].dateLocale,
    stage: (stage: Stage): string => d[`stage.${stage}`],
    stageBlurb: (stage: Stage): string => d[`stageBlurb.${stage}`],
    rung: (rung: Rung): string => d[`rung.${rung}`],
    status: (status: ContactStatus): string => d[`status.${status}`],
    industry: (industry: Industry): string => d[`industry.${industry}`],
    channel: (channel: Channel): string => d[`channel.${channel}`],
    bodyKind: (kind: BodyKind): string => d[`bodyKind.${kind}`],
    /** A country's (or the EU's, the EEA's) name in the page's language. */
    country: (code: string): string =>
      (d as Record<string, string | undefined>)[`country.${code}`] ?? regions.of(code) ?? code,
  };
}

export type Strings = ReturnType<typeof build>;

/** The strings of a page in `locale` (Astro.currentLocale); English for none or an unknown one. */
export function useStrings(locale: string | undefined = DEFAULT_LOCALE): Strings {
  const lang: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  let strings = cache.get(lang);
  if (!strings) cache.set(lang, (strings = build(lang)));
  return strings;
}
