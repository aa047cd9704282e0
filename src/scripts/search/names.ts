/**
 * The browser's side of the names index (src/lib/search/names.ts): fetches
 * only the files a query's words lead to, each once per page, and answers
 * which companies a query names, and what a misspelt word most likely meant.
 */
import { namesFileName, type SearchData } from '../../lib/search/data';
import {
  closestWords,
  editDistance,
  exactShardFor,
  MIN_TYPO_LENGTH,
  nameCandidates,
  prefixIsWhole,
  typoFilesFor,
  type NameEntry,
} from '../../lib/search/names';
import { nameKey } from '../../lib/search/text';

/** A company a query names, and which of the query's words name it. */
export interface NamedCompany {
  id: string;
  name: string;
  url: string;
  start: number;
  end: number;
}

const cache = new Map<string, Promise<unknown>>();

function fetchJson<T>(url: string): Promise<T> {
  let loading = cache.get(url) as Promise<T> | undefined;
  if (!loading) {
    loading = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<T>;
    });
    loading.catch(() => cache.delete(url));
    cache.set(url, loading);
  }
  return loading;
}

export class NamesIndex {
  constructor(private readonly data: SearchData) {}

  companyUrl(id: string): string {
    return this.data.companyUrl.replace('{id}', id);
  }

  private exactFile(key: string): Promise<NameEntry[]> | undefined {
    const shard = exactShardFor(key, this.data.names.exact);
    if (shard === undefined) return undefined;
    return fetchJson<NameEntry[]>(this.data.namesUrl.replace('{key}', encodeURIComponent(namesFileName(shard)))).catch(() => []);
  }

  /**
   * The companies named by runs of the query's words, longest run first, left
   * to right. Only runs that hold one of `near` (the words that matched some
   * company page) are looked up, so a query fetches a names file only for
   * words that can be part of a name. The last word may be a name being typed
   * ("expedi"): it names a company when every name starting so is that company's.
   */
  async named(words: readonly string[], near: ReadonlySet<number>, small: ReadonlySet<string>): Promise<NamedCompany[]> {
    const { nameEndings: endings, namePrefixes: prefixes } = this.data.vocabulary;
    const candidates = nameCandidates(words, { endings, prefixes }).filter(
      (c) => !small.has(words[c.start]!) && [...near].some((i) => i >= c.start && i < c.end),
    );
    const files = new Map<string, Promise<NameEntry[]>>();
    for (const candidate of candidates) {
      for (const key of candidate.keys) {
        const file = this.exactFile(key);
        if (file) files.set(key, file);
      }
    }
    const entries = new Map<string, NameEntry[]>();
    await Promise.all([...files].map(async ([key, file]) => entries.set(key, await file)));

    const found: NamedCompany[] = [];
    let covered = -1;
    for (const candidate of candidates) {
      if (candidate.start <= covered) continue;
      const entry = candidate.keys
        // A name still being typed is the whole query ("bookin"): the last word of a sentence is a word ("my booking").
        .map((key) => this.exactMatch(key, entries.get(key) ?? [], candidate.start === 0 && candidate.end === words.length))
        .find(Boolean);
      if (!entry) continue;
      found.push({ id: entry[1], name: entry[2], url: this.companyUrl(entry[1]), start: candidate.start, end: candidate.end });
      covered = candidate.end - 1;
    }
    return found;
  }

  private exactMatch(key: string, entries: readonly NameEntry[], last: boolean): NameEntry | undefined {
    const exact = entries.find((e) => e[0] === key);
    if (exact || !last || key.length < MIN_TYPO_LENGTH || !prefixIsWhole(key, this.data.names.exact)) return exact;
    const starting = entries.filter((e) => e[0].startsWith(key));
    return starting.length > 0 && starting.every((e) => e[1] === starting[0]![1]) ? starting[0] : undefined;
  }

  /** Name words and playbook words one edit from `word`, closest first; `limit` 2 for the "closest names" offer. */
  async corrections(word: string, limit = 1): Promise<{ word: string; name: boolean }[]> {
    const key = nameKey(word);
    if (key.length < MIN_TYPO_LENGTH) return [];
    const files = typoFilesFor(key, this.data.names.typos, limit).map((file) =>
      fetchJson<string[]>(this.data.typosUrl.replace('{key}', encodeURIComponent(file))).catch(() => [] as string[]),
    );
    const names = new Set((await Promise.all(files)).flat());
    const fromNames = closestWords(key, names, limit).map((w) => ({ word: w, name: true }));
    const fromPlaybook = closestWords(key, this.data.words, limit).map((w) => ({ word: w, name: false }));
    return [...fromNames, ...fromPlaybook].sort(
      (a, b) => correctionRank(key, a.word) - correctionRank(key, b.word) || Number(b.name) - Number(a.name),
    );
  }

  /** The companies with a name or alias that folds to `key` or starts with it ("norvelquin": Norvelquin Airways). */
  async companiesFor(key: string): Promise<{ id: string; name: string; url: string }[]> {
    const entries = (await this.exactFile(key)) ?? [];
    const found = new Map<string, { id: string; name: string; url: string }>();
    for (const e of entries) if (e[0].startsWith(key)) found.set(e[1], { id: e[1], name: e[2], url: this.companyUrl(e[1]) });
    return [...found.values()];
  }
}

/** Orders corrections: fewest edits first; then a word that starts as typed (slips are rarer at the start); then the nearest length. */
function correctionRank(typed: string, candidate: string): number {
  const sameStart = typed[0] === candidate[0] ? 0 : 1;
  return editDistance(typed, candidate, 2) * 100 + sameStart * 10 + Math.abs(typed.length - candidate.length);
}
