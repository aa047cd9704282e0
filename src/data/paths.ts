/** getStaticPaths for pages with one route per entry and language (src/pages/[...locale]/). */
import { LOCALES } from '../i18n/locales';
import { localeParam } from '../i18n/routes';
import { loadCatalog, type Catalog } from './catalog';

interface EntryPath<P> {
  params: { id: string };
  props: P;
}

/** The paths `perCatalog` gives for the catalog of each language, each with its language's `locale` param. */
export async function localizedPaths<P>(perCatalog: (catalog: Catalog) => EntryPath<P>[]) {
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) =>
      perCatalog(await loadCatalog(locale)).map(({ params, props }) => ({ params: { ...params, locale: localeParam(locale) }, props })),
    ),
  );
  return perLocale.flat();
}
