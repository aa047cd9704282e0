/**
 * Fetches what a look-up needs, and no more: the page language's manifest
 * (words, and which number files exist) once, then only the number files a
 * typed number leads to, each once. See src/lib/lookup/shards.ts.
 */
import { lookUpNumber, type LookupAnswer, type LookupDirectory } from '../../lib/lookup/match';
import { mergeShards, shardFileName, shardsFor } from '../../lib/lookup/shards';
import type { LookupManifest } from '../../lib/lookup/strings';

/** The page's language, which names its manifest. */
export function pageLanguage(): string {
  return document.documentElement.lang || 'en';
}

const manifests = new Map<string, Promise<LookupManifest>>();
const files = new Map<string, Promise<LookupDirectory>>();

async function fetchJson<T>(url: string, cache: Map<string, Promise<T>>): Promise<T> {
  let loading = cache.get(url);
  if (!loading) {
    loading = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<T>;
    });
    // A failed fetch (offline) may succeed next time.
    loading.catch(() => cache.delete(url));
    cache.set(url, loading);
  }
  return loading;
}

export function loadManifest(lang = pageLanguage()): Promise<LookupManifest> {
  return fetchJson(`/data/lookup/${lang}.json`, manifests);
}

/** Fetches every number file when they are few and small in all, so the page then works offline. */
export async function prefetchSmallDirectory(manifest: LookupManifest): Promise<void> {
  if (manifest.totalBytes > PREFETCH_LIMIT) return;
  await Promise.all(manifest.shards.map((prefix) => fetchJson(manifest.shardUrl.replace('{shard}', shardFileName(prefix)), files)));
}

/** The most the look-up page fetches ahead of any number typed: beyond it, only what a number needs. */
const PREFETCH_LIMIT = 200_000;

export interface LookupResult {
  answer: LookupAnswer | undefined;
  /** The numbers fetched for it, with their companies: what the answer refers to. */
  directory: LookupDirectory;
  manifest: LookupManifest;
}

export async function lookUp(input: string): Promise<LookupResult> {
  const manifest = await loadManifest();
  const needed = shardsFor(input, manifest.shards, manifest.countryCodes);
  const parts = await Promise.all(
    needed.map((prefix) => fetchJson(manifest.shardUrl.replace('{shard}', shardFileName(prefix)), files)),
  );
  const directory = mergeShards(parts);
  return { answer: lookUpNumber(directory, input), directory, manifest };
}
