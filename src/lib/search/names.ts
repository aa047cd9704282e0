/**
 * The names index: every company's name and aliases, folded to keys, so that
 * search knows when a query names a company ("delta", "xfinity", "t mobile")
 * and can put it first, and can correct a name typed with one letter wrong,
 * missing, extra or swapped ("expdia", "comcsat").
 *
 * It stays small at any size by being split into many small files, of which
 * a query fetches only those its words lead to:
 *  - exact names, split by the start of the key (as many letters as it takes
 *    to keep each file under a size budget);
 *  - the words of names for spelling correction, filed under three two-letter
 *    keys each, chosen so that a word and any spelling of it one edit away
 *    always share a key (see `typoKeys`), and by length (one edit changes it
 *    by one at most). Only a word that is in no page fetches these.
 */
import { nameKey } from './text';

/** A company's names as the content gives them. */
export interface NamedCompany {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** One exact name: its folded key, the company's id and its name as shown. */
export type NameEntry = [key: string, id: string, name: string];

/** A file of the split index, and what it holds. */
export interface Shard<T> {
  key: string;
  entries: T[];
}

/** Which files exist, so the browser never asks for one that does not (and logs no 404). */
export interface NamesManifest {
  /** Key prefixes of the exact-name files. */
  exact: string[];
  /** For each two-letter key of the spelling files, the shortest and longest word length filed (a file for each between). */
  typos: Record<string, [number, number]>;
}

/** The shortest word worth correcting: below this, one edit away is almost anything. */
export const MIN_TYPO_LENGTH = 5;

export function nameEntries(companies: readonly NamedCompany[]): NameEntry[] {
  const entries: NameEntry[] = [];
  for (const company of companies) {
    const keys = new Set([company.name, ...company.aliases].map(nameKey).filter(Boolean));
    for (const key of keys) entries.push([key, company.id, company.name]);
  }
  return entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
}

const size = (value: unknown) => JSON.stringify(value).length;

/**
 * Splits entries by key prefix, one more letter at a time, until each file is
 * within the budget. Keys no longer than a split prefix stay in that prefix's
 * own file. The empty prefix is the whole index, when it fits.
 */
export function splitByPrefix<T>(entries: readonly T[], keyOf: (entry: T) => string, budget: number): Shard<T>[] {
  const shards: Shard<T>[] = [];
  const split = (prefix: string, items: readonly T[]) => {
    if (items.length === 0) return;
    if (size(items) <= budget) {
      shards.push({ key: prefix, entries: [...items] });
      return;
    }
    const here = items.filter((item) => keyOf(item).length <= prefix.length);
    if (here.length > 0) shards.push({ key: prefix, entries: here });
    const groups = new Map<string, T[]>();
    for (const item of items) {
      const key = keyOf(item);
      if (key.length <= prefix.length) continue;
      const next = key.slice(0, prefix.length + 1);
      groups.set(next, [...(groups.get(next) ?? []), item]);
    }
    for (const [next, group] of groups) split(next, group);
  };
  split('', entries);
  return shards.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** The exact-name file a key is in: the longest listed prefix of it. */
export function exactShardFor(key: string, prefixes: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const prefix of prefixes) if (key.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = prefix;
  return best;
}

/**
 * True when every key starting with `key` is in one file: then a word being
 * typed ("expedi") can be matched against the start of every name.
 */
export function prefixIsWhole(key: string, prefixes: readonly string[]): boolean {
  return !prefixes.some((prefix) => prefix.length > key.length && prefix.startsWith(key));
}

/**
 * Three two-letter keys from a word's first three letters: letters 1-2, 1-3
 * and 2-3. A word and any spelling of it with one letter changed, dropped,
 * added or swapped with its neighbour share at least one of them (an edit
 * after the third letter keeps all three; checked case by case in the unit
 * tests), so a misspelt word finds its name in at most three small files.
 */
export function typoKeys(word: string): string[] {
  const [a, b, c] = [...word];
  if (!a || !b) return [];
  return [...new Set(c ? [a + b, a + c, b + c] : [a + b])];
}

/**
 * The words of every name worth correcting to: each word of a name or alias
 * ("jennair" from the alias "JennAir", "delta" and "airlines" from "Delta
 * Airlines"). A name of several words is corrected word by word.
 */
export function nameWords(companies: readonly NamedCompany[], locale: string): string[] {
  const words = new Set<string>();
  for (const company of companies) {
    for (const name of [company.name, ...company.aliases]) {
      for (const part of name.toLocaleLowerCase(locale).split(/[^\p{L}\p{N}&]+/u)) {
        const word = nameKey(part);
        if (word.length >= MIN_TYPO_LENGTH) words.add(word);
      }
    }
  }
  return [...words].sort();
}

/** The file of words with a two-letter key and a length: "ex7". */
export function typoFile(key: string, length: number): string {
  return `${key}${length}`;
}

/** Files the words under each of their keys and their length; every length between a key's shortest and longest has a file. */
export function typoShards(words: readonly string[]): { shards: Shard<string>[]; manifest: NamesManifest['typos'] } {
  const byKey = new Map<string, Map<number, string[]>>();
  for (const word of words) {
    const length = [...word].length;
    for (const key of typoKeys(word)) {
      const lengths = byKey.get(key) ?? new Map<number, string[]>();
      lengths.set(length, [...(lengths.get(length) ?? []), word]);
      byKey.set(key, lengths);
    }
  }
  const shards: Shard<string>[] = [];
  const manifest: NamesManifest['typos'] = {};
  for (const [key, lengths] of [...byKey].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [min, max] = [Math.min(...lengths.keys()), Math.max(...lengths.keys())];
    manifest[key] = [min, max];
    for (let length = min; length <= max; length += 1) shards.push({ key: typoFile(key, length), entries: lengths.get(length) ?? [] });
  }
  return { shards, manifest };
}

/**
 * The spelling files a word's corrections are in: its keys, at its length and
 * `edits` either side (one edit changes the length by one at most). With two
 * edits, a name may share no key with the word: that wider offer ("closest
 * names") is a best effort, the one-edit correction is sure.
 */
export function typoFilesFor(word: string, manifest: NamesManifest['typos'], edits = 1): string[] {
  const length = [...word].length;
  return typoKeys(word).flatMap((key) => {
    const range = manifest[key];
    if (!range) return [];
    const files: string[] = [];
    for (let l = Math.max(range[0], length - edits); l <= Math.min(range[1], length + edits); l += 1) files.push(typoFile(key, l));
    return files;
  });
}

/**
 * The optimal string alignment distance (Levenshtein with swaps of two
 * neighbouring letters), stopping early once it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = 2): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current[j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * The words a misspelt word most likely meant: those one edit away, or two
 * when `limit` allows, closest first and then in the order given.
 */
export function closestWords(word: string, candidates: Iterable<string>, limit = 1): string[] {
  const scored: { word: string; distance: number }[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (seen.has(candidate) || candidate === word) continue;
    seen.add(candidate);
    const distance = editDistance(word, candidate, limit);
    if (distance <= limit) scored.push({ word: candidate, distance });
  }
  return scored.sort((a, b) => a.distance - b.distance).map((s) => s.word);
}

/**
 * The runs of a query's words that could be a name, longest first: every run
 * of up to four words, folded to a key ("t mobile" → "tmobile"), with the
 * language's name endings and prefixes also tried off ("delta's" → "delta").
 */
export function nameCandidates(
  words: readonly string[],
  { endings = [], prefixes = [] }: { endings?: readonly string[]; prefixes?: readonly string[] } = {},
): { start: number; end: number; keys: string[] }[] {
  const out: { start: number; end: number; keys: string[] }[] = [];
  for (let start = 0; start < words.length; start += 1) {
    for (let end = Math.min(words.length, start + 4); end > start; end -= 1) {
      const run = words.slice(start, end);
      const variants = new Set([run.join(' ')]);
      const last = run[run.length - 1]!;
      for (const ending of endings) if (last.endsWith(ending) && last.length > ending.length) variants.add([...run.slice(0, -1), last.slice(0, -ending.length)].join(' '));
      const first = run[0]!;
      for (const prefix of prefixes) if (first.startsWith(prefix) && first.length > prefix.length + 1) variants.add([first.slice(prefix.length), ...run.slice(1)].join(' '));
      const keys = [...new Set([...variants].map(nameKey).filter(Boolean))];
      if (keys.length) out.push({ start, end, keys });
    }
  }
  return out;
}
