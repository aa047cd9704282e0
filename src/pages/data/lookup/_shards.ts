/**
 * The look-up directory and its number files, built once per build and shared
 * by the routes that publish them (a leading "_" keeps this file from being a route).
 * The number files serve every language, so each contact carries its label as
 * each language's translation gives it.
 */
import { loadCatalog } from '../../../data/catalog';
import { LOCALES, DEFAULT_LOCALE, type Locale } from '../../../i18n/locales';
import { buildLookupDirectory, type TranslatedLabels } from '../../../lib/lookup/directory';
import { countryCodes, splitDirectory, type NumberShard } from '../../../lib/lookup/shards';

let built: Promise<{ shards: NumberShard[]; countryCodes: string[] }> | undefined;

/** Each contact's label in a language, by "<company id>/<contact id>". */
async function labelsIn(locale: Locale): Promise<Map<string, string>> {
  const { companies } = await loadCatalog(locale);
  return new Map(companies.flatMap((company) => company.data.contacts.map((c) => [`${company.id}/${c.id}`, c.label] as const)));
}

/** Each contact's label in the languages other than English, where it reads differently. */
async function translatedLabels(): Promise<TranslatedLabels> {
  const others = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
  const [english, ...byLanguage] = await Promise.all([DEFAULT_LOCALE, ...others].map(labelsIn));
  return (companyId, contactId) => {
    const key = `${companyId}/${contactId}`;
    const entries = others.flatMap((locale, i) => {
      const label = byLanguage[i]!.get(key);
      return label && label !== english!.get(key) ? [[locale, label] as const] : [];
    });
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  };
}

export function lookupShards(): Promise<{ shards: NumberShard[]; countryCodes: string[] }> {
  built ??= Promise.all([loadCatalog(), translatedLabels()]).then(([{ companies }, labels]) => {
    const directory = buildLookupDirectory(companies, labels);
    return { shards: splitDirectory(directory), countryCodes: countryCodes(directory) };
  });
  return built;
}
