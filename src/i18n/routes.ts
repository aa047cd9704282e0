/**
 * Every link to a page of the site goes through here, so each language keeps
 * its reader in it: English at `/`, the others under `/<lang>/`. Data files
 * (/data/, /pagefind/, vCards, the feed) are the same in every language and are
 * not routed here.
 */
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './locales';

export function routesFor(locale: string | undefined) {
  const lang: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const base = lang === DEFAULT_LOCALE ? '' : `/${lang}`;
  const path = (p: string) => `${base}${p}`;
  return {
    locale: lang,
    path,
    home: path('/'),
    tactics: path('/tactics/'),
    tactic: (id: string) => path(`/tactics/${id}/`),
    stage: (stage: string) => path(`/tactics/#stage-${stage}`),
    companies: path('/companies/'),
    company: (id: string) => path(`/companies/${id}/`),
    bodies: path('/bodies/'),
    body: (id: string) => path(`/bodies/${id}/`),
    search: path('/search/'),
    lookup: path('/lookup/'),
    case: path('/case/'),
    data: path('/data/'),
    changes: path('/changes/'),
  };
}
export type Routes = ReturnType<typeof routesFor>;

/** The locale a path is in, from its first segment. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** The same page in another language: "/he/tactics/x/" → "/nb/tactics/x/". */
export function pathInLocale(pathname: string, to: Locale): string {
  const from = localeOfPath(pathname);
  const rest = from === DEFAULT_LOCALE ? pathname : pathname.slice(from.length + 1) || '/';
  return routesFor(to).path(rest);
}

/** The `locale` param of pages under src/pages/[...locale]/: none for English. */
export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** getStaticPaths for a page that exists once per language. */
export function localePaths() {
  return LOCALES.map((locale) => ({ params: { locale: localeParam(locale) } }));
}
