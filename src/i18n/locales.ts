/**
 * The site's languages. English is served at `/`, the others under their own
 * prefix; each has a script direction and the country whose law and bodies a
 * reader of that language most likely needs first.
 */
export const locales = {
  en: { lang: 'en', dir: 'ltr', country: 'US', label: 'English', short: 'EN', dateLocale: 'en-GB' },
  he: { lang: 'he', dir: 'rtl', country: 'IL', label: 'עברית', short: 'עב', dateLocale: 'he' },
  nb: { lang: 'nb', dir: 'ltr', country: 'NO', label: 'Norsk', short: 'NO', dateLocale: 'nb' },
} as const;

export type Locale = keyof typeof locales;
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALES = Object.keys(locales) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}
