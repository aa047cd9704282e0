/**
 * The one place pages get content from: loads the three collections, runs the
 * cross-file checks (which fail the build with file and field), and hands back
 * entries in the order pages show them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContentValid } from '../lib/content/checks';
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
}

let cached: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Catalog> {
  const [sources, companies, tactics, bodies] = await Promise.all([
    getCollection('sources'),
    getCollection('companies'),
    getCollection('tactics'),
    getCollection('bodies'),
  ]);
  assertContentValid({ sources, companies, tactics, bodies });
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
  };
}
