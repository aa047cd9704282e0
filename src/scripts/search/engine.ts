/**
 * The site's search, run in place of Pagefind's own search() under its
 * Component UI, so that the UI (box, results, filters, keyboard) stays
 * Pagefind's while what it shows is ours:
 *
 *  1. the query is read (src/lib/search/query.ts): numbers go to the look-up,
 *     the small words are dropped, and the vocabulary adds the page words
 *     for a reader's words;
 *  2. Pagefind is asked once per concept (all at once), so a page matching
 *     only some words is still found;
 *  3. a word that matched nothing is corrected from the names index or the
 *     playbook's words, when one is one letter off;
 *  4. the companies the query names (by name, alias or number) are found in
 *     the names index, from the words that matched a company page;
 *  5. it all merges into one ranking (src/lib/search/rank.ts).
 *
 * What happened (partial match, correction, nothing found) is handed to the
 * answers above the results (./answers.ts) with the results.
 */
import { planQuery, type Concept } from '../../lib/search/query';
import { rank, type Hit } from '../../lib/search/rank';
import { nameKey, tokenize } from '../../lib/search/text';
import type { SearchData } from '../../lib/search/data';
import { fromUnsearchable } from '../../lib/search/unsearchable';
import { lookUp, type LookupResult } from '../lookup/data';
import { NamesIndex, type NamedCompany } from './names';
import type { PagefindApi, PagefindFilters, PagefindResponse, PagefindResult, PagefindSearchOptions } from './pagefind';

export interface SearchOutcome {
  /** The query as typed. */
  term: string;
  /** No page matches every word (a named company's name aside): the results match some of them. */
  partial: boolean;
  /** Words that matched nothing, and the word searched instead. */
  corrections: { typed: string; corrected: string }[];
  /** A company a corrected word names: "Did you mean Expedia?" */
  suggestion?: { name: string; url: string } | undefined;
  /** Nothing matched any word. */
  empty: boolean;
  /** When nothing matched: the company names closest to the words typed. */
  closest: { name: string; url: string }[];
  /** The look-up's answer for the first number in the query. */
  lookup?: LookupResult | undefined;
}

/** How the type filter names a company page ("Type": "Company"), in the page's language. */
export interface TypeFilter {
  name: string;
  company: string;
}

interface PageKinds {
  /** Every page that is not a company's, with its type ("Tactic"). */
  guides: Map<string, string>;
  total: number;
}

interface ConceptHit {
  score: number;
  result: PagefindResult;
}

interface ConceptResult {
  concept: Concept;
  hits: Map<string, ConceptHit>;
  /** The word searched instead of a misspelt one. */
  corrected?: string;
}

/** At most this many results have their data loaded to tell which one is a named company's page. */
const NAMED_CHECKS = 4;
/** Words shorter than this are not checked for being in no page (they are almost always somewhere). */
const MIN_CHECKED_LENGTH = 3;

/** True when some word of the page (its title, its indexed text) starts with what was typed. */
async function startsAWord(result: PagefindResult, typed: string, locale: string): Promise<boolean> {
  const fragment = await result.data();
  const start = nameKey(typed);
  const text = `${fragment.meta.title ?? ''} ${typeof fragment.content === 'string' ? fragment.content : ''}`;
  return tokenize(text, locale).some((token) => nameKey(token.word).startsWith(start));
}

export class SearchEngine {
  private readonly names: NamesIndex;
  private kinds: Promise<PageKinds> | undefined;

  constructor(
    private readonly pagefind: PagefindApi,
    private readonly data: SearchData,
    private readonly typeFilter: TypeFilter,
    private readonly onOutcome: (outcome: SearchOutcome) => void,
  ) {
    this.names = new NamesIndex(data);
  }

  /** Which pages are guides (not companies) and of which type, and how many pages there are: from the type filter, once. */
  private pageKinds(): Promise<PageKinds> {
    this.kinds ??= (async () => {
      const filters = await this.pagefind.filters();
      const types = filters[this.typeFilter.name] ?? {};
      const guides = new Map<string, string>();
      for (const value of Object.keys(types)) {
        if (value === this.typeFilter.company) continue;
        const found = await this.pagefind.search(null, { filters: { [this.typeFilter.name]: [value] } });
        for (const result of found?.results ?? []) guides.set(result.id, value);
      }
      return { guides, total: Object.values(types).reduce((sum, n) => sum + n, 0) };
    })();
    this.kinds.catch(() => (this.kinds = undefined));
    return this.kinds;
  }

  /** Starts what every search needs once (the page types), while the reader is still typing. */
  warmUp(): void {
    this.pageKinds().catch(() => undefined);
  }

  async search(term: string | null, options: PagefindSearchOptions = {}): Promise<PagefindResponse | null> {
    // Browsing by filters alone is Pagefind's own.
    if (term === null || !term.trim()) return this.pagefind.search(term, options);
    const marks: Record<string, number> = {};
    const started = performance.now();
    const mark = (name: string) => (marks[name] = Math.round(performance.now() - started));
    const lang = this.data.lang;
    const plan = planQuery(term, this.data.vocabulary, lang);
    const small = new Set(this.data.vocabulary.smallWords);
    const looking = plan.numbers[0] ? lookUp(plan.numbers[0]).catch(() => undefined) : Promise.resolve(undefined);
    const filtered = { filters: options.filters ?? {} };

    const responses = new Map<string, Promise<PagefindResponse | null>>();
    const ask = (query: string) => {
      let response = responses.get(query);
      if (!response) {
        response = this.pagefind.search(query, filtered);
        responses.set(query, response);
      }
      return response;
    };
    const collect = async (queries: readonly string[]): Promise<ConceptResult['hits']> => {
      const hits: ConceptResult['hits'] = new Map();
      for (const response of await Promise.all(queries.map(ask))) {
        for (const result of response?.results ?? []) {
          const seen = hits.get(result.id);
          if (!seen || seen.score < result.score) hits.set(result.id, { score: result.score, result });
        }
      }
      return hits;
    };

    // A typed word that is in no page gets from Pagefind a loose match on some other word
    // ("whirpool" finds "why"), so each is also asked as an exact word (same index chunks, asked at
    // once): none means it is in no page. Such a word is then searched as the closest name or tactic
    // word, when one is a letter off; or kept when it starts a word of its best match (a word being
    // typed: "chargeb"); or else it matches nothing.
    const checkable = (concept: Concept) => concept.typed.length === 1 && !concept.phone && concept.typed[0]!.length >= MIN_CHECKED_LENGTH;
    const exact = new Map(plan.concepts.filter(checkable).map((concept) => [concept, ask(`"${concept.typed[0]}"`)]));
    const [kinds, concepts] = await Promise.all([
      this.pageKinds(),
      Promise.all(plan.concepts.map(async (concept) => ({ concept, hits: await collect(concept.alternatives) }) as ConceptResult)),
    ]);
    const isGuide = (id: string) => kinds.guides.has(id);
    mark('pagefind');

    const words = [...plan.words];
    await Promise.all(
      concepts
        .filter((c) => exact.has(c.concept))
        .map(async (c) => {
          const typed = c.concept.typed[0]!;
          if (((await exact.get(c.concept))?.results.length ?? 0) > 0) return;
          for (const candidate of (await this.names.corrections(typed)).slice(0, 3)) {
            const hits = await collect([candidate.word]);
            if (hits.size === 0) continue;
            c.hits = hits;
            c.corrected = candidate.word;
            if (c.concept.start !== undefined) words[c.concept.start] = candidate.word;
            return;
          }
          const best = [...c.hits.values()].sort((a, b) => b.score - a.score)[0];
          if (!best || !(await startsAWord(best.result, typed, lang))) c.hits = new Map();
        }),
    );

    mark('spelling');
    // Companies named by words that matched a company page (names, aliases), and by the number looked up.
    const near = new Set<number>();
    for (const c of concepts) {
      if (c.concept.start === undefined || ![...c.hits.keys()].some((id) => !isGuide(id))) continue;
      for (let i = c.concept.start; i < c.concept.end!; i += 1) near.add(i);
    }
    const [named, lookup] = await Promise.all([near.size ? this.names.named(words, near, small) : Promise.resolve([]), looking]);
    mark('names');
    const namedPages = await this.namedPages(named, lookup, concepts, isGuide);
    mark('namedPages');

    const inName = (c: ConceptResult) =>
      c.concept.phone ? namedPages.length > 0 : named.some((n) => c.concept.start !== undefined && c.concept.start >= n.start && c.concept.end! <= n.end);
    const about = await Promise.all(concepts.map((c) => this.tacticPages(c, isGuide)));
    mark('about');
    const ranking = rank({
      concepts: concepts.map((c, i) => ({
        hits: [...c.hits].map(([id, h]): Hit => ({ id, score: h.score })),
        name: inName(c),
        about: about[i]!,
      })),
      totalPages: kinds.total,
      isGuide,
      named: namedPages,
    });
    const byId = new Map(concepts.flatMap((c) => [...c.hits].map(([id, h]) => [id, h.result] as const)));
    const results = ranking.pages.map((page) => this.present(byId.get(page.id)!, isGuide(page.id)));
    if ((window as { beyondNoSearchDebug?: boolean }).beyondNoSearchDebug) await this.debug(term, concepts, named, namedPages, kinds, ranking, byId);

    mark('rank');
    const timings = window as { beyondNoSearchTimings?: Record<string, unknown>[] };
    // For the benchmark: where each search's time went (set window.beyondNoSearchTimings = [] to collect).
    timings.beyondNoSearchTimings?.push({ term, ...marks, concepts: plan.concepts.length, searches: responses.size });
    const corrections = concepts.filter((c) => c.corrected).map((c) => ({ typed: c.concept.typed[0]!, corrected: c.corrected! }));
    const suggested = named.find((n) => corrections.some((c) => words.slice(n.start, n.end).includes(c.corrected)));
    const empty = results.length === 0;
    this.onOutcome({
      term,
      partial: !empty && !ranking.complete,
      corrections,
      suggestion: suggested ? { name: suggested.name, url: suggested.url } : undefined,
      empty,
      closest: empty ? await this.closest(plan.words, small) : [],
      lookup,
    });

    const answered = await Promise.all([...responses.values()]);
    // The type counts are exact (each result's type is known); the other facets' counts are the
    // largest any one search gave, since Pagefind counts per search and the results merge several.
    const types: Record<string, number> = {};
    for (const page of ranking.pages) {
      const type = kinds.guides.get(page.id) ?? this.typeFilter.company;
      types[type] = (types[type] ?? 0) + 1;
    }
    const filters = mostOf(answered.map((r) => r?.filters));
    const typeValues = Object.keys(filters[this.typeFilter.name] ?? {});
    filters[this.typeFilter.name] = { ...Object.fromEntries(typeValues.map((v) => [v, 0])), ...types };
    return {
      results,
      unfilteredResultCount: results.length,
      filters,
      totalFilters: mostOf(answered.map((r) => r?.totalFilters)),
    };
  }

  /**
   * The Pagefind page ids of the named companies: among the company pages
   * their words (or the number) matched, the one at the company's address.
   */
  private async namedPages(
    named: readonly NamedCompany[],
    lookup: LookupResult | undefined,
    concepts: readonly ConceptResult[],
    isGuide: (id: string) => boolean,
  ): Promise<string[]> {
    const wanted: { url: string; from: ConceptResult[] }[] = [];
    const byNumber = lookup?.answer?.kind === 'found' ? [...new Set(lookup.answer.matches.map((m) => m.company))] : [];
    const phone = concepts.filter((c) => c.concept.phone);
    for (const id of byNumber) wanted.push({ url: this.names.companyUrl(id), from: phone });
    for (const n of named) {
      wanted.push({
        url: n.url,
        from: concepts.filter((c) => c.concept.start !== undefined && c.concept.start < n.end && c.concept.end! > n.start),
      });
    }
    const pages: string[] = [];
    for (const { url, from } of wanted) {
      // Each company page at its best score over the name's words ("united" finds United above "airlines" does).
      const best = new Map<string, ConceptHit>();
      for (const [id, hit] of from.flatMap((c) => [...c.hits].filter(([id]) => !isGuide(id)))) {
        if ((best.get(id)?.score ?? -Infinity) < hit.score) best.set(id, hit);
      }
      const candidates = [...best.entries()].sort(([, a], [, b]) => b.score - a.score).slice(0, NAMED_CHECKS);
      // One company page among the name's matches is the company's (the names index says the name is its).
      if (candidates.length === 1) {
        pages.push(candidates[0]![0]);
        continue;
      }
      // Otherwise the one at its address; the data of the first results is fetched for showing anyway.
      const addresses = await Promise.all(candidates.map(async ([, { result }]) => new URL((await result.data()).url, location.href).pathname));
      const found = candidates[addresses.indexOf(url)];
      if (found) pages.push(found[0]);
    }
    return pages;
  }

  /**
   * The pages of the tactics the vocabulary says a concept is about, among its
   * best-matching guide pages (whose data the results list loads anyway).
   */
  private async tacticPages(c: ConceptResult, isGuide: (id: string) => boolean): Promise<string[]> {
    const tactics = c.concept.tactics;
    if (!tactics?.length) return [];
    const guides = [...c.hits].filter(([id]) => isGuide(id)).sort(([, a], [, b]) => b.score - a.score).slice(0, NAMED_CHECKS);
    const paths = await Promise.all(guides.map(async ([, { result }]) => new URL((await result.data()).url, location.href).pathname));
    return guides.filter((_, i) => tactics.some((tactic) => paths[i]!.endsWith(`/tactics/${tactic}/`))).map(([id]) => id);
  }

  /** A result as the results list shows it: its summary, key contact and type label readable again; no excerpt for a company. */
  private present(result: PagefindResult, guide: boolean): PagefindResult {
    return {
      ...result,
      data: async () => {
        const fragment = await result.data();
        const meta = Object.fromEntries(Object.entries(fragment.meta).map(([k, v]) => [k, fromUnsearchable(v)]));
        // A company page's indexed text is its names and numbers: the summary and key contact say it better.
        return { ...fragment, meta, excerpt: guide ? fragment.excerpt : '' };
      },
    };
  }

  /**
   * For tuning by hand: with window.beyondNoSearchDebug = true, each search logs its concepts and
   * ranking, and leaves its inputs (with every hit's address) in window.beyondNoSearchLast.
   */
  private async debug(
    term: string,
    concepts: readonly ConceptResult[],
    named: readonly NamedCompany[],
    namedPages: readonly string[],
    kinds: PageKinds,
    ranking: ReturnType<typeof rank>,
    byId: ReadonlyMap<string, PagefindResult>,
  ): Promise<void> {
    const urls = Object.fromEntries(await Promise.all([...byId].map(async ([id, r]) => [id, (await r.data()).url] as const)));
    const last = {
      term,
      total: kinds.total,
      guides: [...kinds.guides],
      named: namedPages,
      urls,
      concepts: concepts.map((c) => ({
        alternatives: c.concept.alternatives,
        hits: [...c.hits].map(([id, h]) => [id, h.score]),
        corrected: c.corrected,
        name: c.concept.phone
          ? namedPages.length > 0
          : named.some((n) => c.concept.start !== undefined && c.concept.start >= n.start && c.concept.end! <= n.end),
      })),
    };
    (window as { beyondNoSearchLast?: unknown }).beyondNoSearchLast = last;
    console.debug(JSON.stringify({ term, top: ranking.pages.slice(0, 6).map((p) => `${urls[p.id]} ${p.score.toFixed(2)} (${p.matched})`) }));
  }

  /** For a query that found nothing: the company names one or two letters from its words. */
  private async closest(words: readonly string[], small: ReadonlySet<string>): Promise<{ name: string; url: string }[]> {
    const offers = new Map<string, { name: string; url: string }>();
    for (const word of words.filter((w) => !small.has(w))) {
      for (const candidate of (await this.names.corrections(word, 2)).filter((c) => c.name).slice(0, 3)) {
        for (const company of await this.names.companiesFor(candidate.word)) offers.set(company.id, company);
      }
    }
    return [...offers.values()].slice(0, 5);
  }
}

/** Facet counts for merged results: each value's largest count over the searches (Pagefind counts per search). */
function mostOf(all: readonly (PagefindFilters | undefined)[]): PagefindFilters {
  const merged: PagefindFilters = {};
  for (const filters of all) {
    for (const [facet, values] of Object.entries(filters ?? {})) {
      const into = (merged[facet] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = Math.max(into[value] ?? 0, count);
    }
  }
  return merged;
}
