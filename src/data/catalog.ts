/**
 * The one place pages get content from: loads the three collections, runs the
 * cross-file checks (which fail the build with file and field), and hands back
 * entries in the order pages show them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { applyOverlay } from '../lib/content/overlay';
import { assertContentValid } from '../lib/content/checks';
import { findTranslationProblems } from '../lib/content/translations';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../i18n/locales';
import { contentCheckDates, referenceDate, type ReferenceDate } from '../lib/directory/freshness';
import { stageIndex } from '../lib/directory/ladder';
import { sortBodies } from '../lib/directory/bodies';
import { compareNames } from '../lib/text/collate';
import { ownsCompany, partFromEnv } from './parts';

export type TacticEntry = CollectionEntry<'tactics'>;
export type CompanyEntry = CollectionEntry<'companies'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type BodyEntry = CollectionEntry<'bodies'>;

export interface Catalog {
  tactics: TacticEntry[];
  companies: CompanyEntry[];
  /** Complaint bodies, by country in the site's order, then by step. */
  bodies: BodyEntry[];
  /**
   * The companies whose pages this build renders: all of them, or this part's
   * share when the site is built in parts (src/data/parts.ts). Lists, exports
   * and checks still use `companies`.
   */
  companyPages: CompanyEntry[];
  sources: Map<string, SourceEntry>;
  tacticsById: Map<string, TacticEntry>;
  companiesById: Map<string, CompanyEntry>;
  bodiesById: Map<string, BodyEntry>;
  /** The date contact ages are counted to, worked out once per build (not once per page). */
  today: ReferenceDate;
  /** The language of every entry's words. */
  locale: Locale;
  /** The entry whose body a page renders: the translation's, outside English. */
  renderable: <E extends TacticEntry | CompanyEntry | BodyEntry>(entry: E) => E | Translated;
}

type Translated = CollectionEntry<'tacticTranslations'> | CollectionEntry<'bodyTranslations'> | CollectionEntry<'companyTranslations'>;

const cached = new Map<Locale, Promise<Catalog>>();

/**
 * The catalog in a language: English as written, any other with each entry's
 * words from its translation overlay (facts are the entry's own). Built once
 * per language per build.
 */
export function loadCatalog(locale: string | undefined = DEFAULT_LOCALE): Promise<Catalog> {
  const lang: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  let catalog = cached.get(lang);
  if (!catalog) cached.set(lang, (catalog = lang === DEFAULT_LOCALE ? build() : loadCatalog(DEFAULT_LOCALE).then((en) => translate(en, lang))));
  return catalog;
}

async function translate(en: Catalog, locale: Locale): Promise<Catalog> {
  const [tacticWords, bodyWords, companyWords] = await Promise.all([
    getCollection('tacticTranslations'),
    getCollection('bodyTranslations'),
    getCollection('companyTranslations'),
  ]);
  const ofLocale = <T extends { id: string }>(list: T[], kind: string) =>
    new Map(list.filter((w) => w.id.startsWith(`${locale}/${kind}/`)).map((w) => [w.id.slice(locale.length + kind.length + 2), w]));
  const words = { tactics: ofLocale(tacticWords, 'tactics'), bodies: ofLocale(bodyWords, 'bodies'), companies: ofLocale(companyWords, 'companies') };
  // The checks have made sure every entry has its overlay in every language.
  const overlay = <E extends { id: string; data: object }>(entry: E, kind: keyof typeof words): E => ({
    ...entry,
    data: applyOverlay(entry.data, words[kind].get(entry.id)!.data as Record<string, unknown>),
  });
  const tactics = en.tactics.map((e) => overlay(e, 'tactics'));
  const companies = en.companies.map((e) => overlay(e, 'companies'));
  const bodies = en.bodies.map((e) => overlay(e, 'bodies'));
  const renderable = (entry: TacticEntry | CompanyEntry | BodyEntry) => words[entry.collection].get(entry.id)!;
  const companyPageIds = new Set(en.companyPages.map((c) => c.id));
  return {
    ...en,
    locale,
    tactics,
    companies,
    bodies,
    companyPages: companies.filter((c) => companyPageIds.has(c.id)),
    tacticsById: new Map(tactics.map((t) => [t.id, t])),
    companiesById: new Map(companies.map((c) => [c.id, c])),
    bodiesById: new Map(bodies.map((b) => [b.id, b])),
    renderable: renderable as Catalog['renderable'],
  };
}

async function build(): Promise<Catalog> {
  const [sources, companies, tactics, bodies, tacticTranslations, bodyTranslations, companyTranslations] = await Promise.all([
    getCollection('sources'),
    getCollection('companies'),
    getCollection('tactics'),
    getCollection('bodies'),
    getCollection('tacticTranslations'),
    getCollection('bodyTranslations'),
    getCollection('companyTranslations'),
  ]);
  const translationProblems = findTranslationProblems({
    languages: LOCALES.filter((l) => l !== DEFAULT_LOCALE),
    entries: { tactics, bodies, companies },
    translations: { tactics: tacticTranslations, bodies: bodyTranslations, companies: companyTranslations },
  });
  assertContentValid({ sources, companies, tactics, bodies }, translationProblems);
  sortBodies(bodies);
  tactics.sort(
    (a, b) =>
      stageIndex(a.data.stage) - stageIndex(b.data.stage) ||
      a.data.order - b.data.order ||
      a.data.title.localeCompare(b.data.title),
  );
  companies.sort((a, b) => compareNames(a.data.name, b.data.name));
  const sourcesById = new Map(sources.map((s) => [s.id, s]));
  const part = partFromEnv();
  return {
    tactics,
    companies,
    companyPages: part ? companies.filter((c) => ownsCompany(part, c.id)) : companies,
    sources: sourcesById,
    tacticsById: new Map(tactics.map((t) => [t.id, t])),
    companiesById: new Map(companies.map((c) => [c.id, c])),
    bodies,
    bodiesById: new Map(bodies.map((b) => [b.id, b])),
    today: referenceDate(contentCheckDates({ companies, sources: sourcesById })),
    locale: DEFAULT_LOCALE,
    renderable: (entry) => entry,
  };
}
