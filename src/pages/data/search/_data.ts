/**
 * Search's data, built once per build and shared by the routes that publish
 * it (a leading "_" keeps this file from being a route): each language's
 * vocabulary, checked against the pages, and the names index's files.
 */
import { getCollection } from 'astro:content';
import { routesFor } from '../../../i18n/routes';
import { loadCatalog, type TacticEntry } from '../../../data/catalog';
import { nameEntries, nameWords, splitByPrefix, typoShards, type NameEntry, type Shard } from '../../../lib/search/names';
import { playbookWords, type SearchData } from '../../../lib/search/data';
import { checkVocabulary, compileVocabulary } from '../../../lib/search/vocabulary';

/** The most an exact-names file may hold, in bytes of JSON: a query fetches one per word that may start a name. */
const NAMES_BUDGET = 4_000;

export interface NamesIndex {
  exact: Shard<NameEntry>[];
  typos: Shard<string>[];
  typoManifest: Record<string, [number, number]>;
}

let names: Promise<NamesIndex> | undefined;

export function namesIndex(): Promise<NamesIndex> {
  names ??= loadCatalog().then(({ companies }) => {
    const named = companies.map((c) => ({ id: c.id, name: c.data.name, aliases: c.data.aliases }));
    // Names are the same in every language; their words are folded the same way.
    const typos = typoShards(nameWords(named, 'en'));
    return {
      exact: splitByPrefix(nameEntries(named), (entry) => entry[0], NAMES_BUDGET),
      typos: typos.shards,
      typoManifest: typos.manifest,
    };
  });
  return names;
}

/** Everything a tactic's page says, for the check that the vocabulary's page words are on it. */
/** Everything a tactic's page says, in the catalog's language: its fields and its body. */
function tacticText(tactic: TacticEntry, body: string): string {
  const d = tactic.data;
  return [
    d.title,
    ...d.aka,
    d.summary,
    ...d.problems,
    ...d.whenToUse,
    ...d.scripts.flatMap((s) => [s.when, s.say]),
    d.story?.who ?? '',
    d.story?.problem ?? '',
    d.story?.outcome ?? '',
    d.story?.lesson ?? '',
    ...d.risks,
    ...d.laws.flatMap((l) => [l.name, l.citation, l.rule, ...l.deadlines.map((dl) => dl.note ?? '')]),
    body,
  ].join('\n');
}

/** The languages search has a vocabulary for: one per file in content/vocabulary/. */
export async function searchLanguages(): Promise<string[]> {
  return (await getCollection('vocabulary')).map((entry) => entry.id).sort();
}

export async function searchData(lang: string): Promise<SearchData> {
  const [entries, catalog, index] = await Promise.all([getCollection('vocabulary'), loadCatalog(lang), namesIndex()]);
  const entry = entries.find((e) => e.id === lang);
  if (!entry) throw new Error(`No search vocabulary for language "${lang}": add content/vocabulary/${lang}.yaml`);
  const file = entry.filePath ?? `content/vocabulary/${lang}.yaml`;
  const problems = checkVocabulary(
    entry.data,
    catalog.tactics.map((t) => ({ id: t.id, text: tacticText(t, catalog.renderable(t).body ?? '') })),
    lang,
  );
  if (problems.length > 0) {
    throw new Error(
      `Search vocabulary check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${file}: ${p.field}: ${p.message}`).join('\n'),
    );
  }
  const vocabulary = compileVocabulary(entry.data, lang);
  return {
    lang,
    vocabulary,
    names: { exact: index.exact.map((s) => s.key), typos: index.typoManifest },
    namesUrl: '/data/search/names/{key}.json',
    typosUrl: '/data/search/typos/{key}.json',
    companyUrl: routesFor(lang).company('{id}'),
    words: playbookWords(catalog.tactics.map((t) => t.data), vocabulary, lang),
  };
}
