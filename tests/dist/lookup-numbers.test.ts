/**
 * Every number of the directory, in every format people type it, against the
 * built look-up files (no browser): the files a typed number leads to are
 * the ones the page would fetch, and the answer from them names the number's
 * company and status, and no other company. The page itself is tried in
 * tests/e2e/lookup.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookUpNumber, type LookupDirectory } from '../../src/lib/lookup/match';
import { mergeShards, shardFileName, shardsFor } from '../../src/lib/lookup/shards';
import type { LookupManifest } from '../../src/lib/lookup/strings';
import { DIST } from '../support/dist';
import { cases } from '../support/lookup-cases';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as T;
const manifest = readJson<LookupManifest>('data/lookup/en.json');

/** What the page would fetch for this input, merged as the page merges it. */
function directoryFor(input: string): LookupDirectory {
  const files = shardsFor(input, manifest.shards, manifest.countryCodes);
  return mergeShards(files.map((prefix) => readJson<LookupDirectory>(new URL(manifest.shardUrl.replace('{shard}', shardFileName(prefix)), 'http://x').pathname)));
}

it('the directory has numbers of every status and kind to look up', () => {
  const statuses = new Set(cases.map((c) => c.status));
  for (const status of ['current', 'unverified', 'superseded', 'scam']) expect(statuses, status).toContain(status);
  expect(cases.some((c) => c.shortCode)).toBe(true);
  expect(new Set(cases.map((c) => c.region))).toEqual(new Set(['US', 'NO', 'IL']));
});

describe.for([...new Set(cases.map((c) => c.company))])('every number of %s', (company) => {
  it('is found in every format people type, from the files a look-up fetches', () => {
    const misses: string[] = [];
    for (const entry of cases.filter((c) => c.company === company)) {
      expect(entry.formats.length).toBeGreaterThanOrEqual(entry.shortCode ? 2 : 6);
      for (const format of entry.formats) {
        const answer = lookUpNumber(directoryFor(format), format);
        const matches = answer?.kind === 'found' ? answer.matches : [];
        const found = matches.find((m) => m.company === entry.company && m.status === entry.status);
        if (!found || matches.some((m) => m.company !== entry.company)) misses.push(`${format} (${entry.status}): ${JSON.stringify(matches.map((m) => [m.company, m.status]))}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
