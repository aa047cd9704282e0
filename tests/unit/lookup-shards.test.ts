import { describe, expect, it } from 'vitest';
import { lookUpNumber, type DirectoryNumber, type LookupDirectory } from '../../src/lib/lookup/match';
import { countryCodes, mergeShards, shardFileName, shardsFor, splitDirectory } from '../../src/lib/lookup/shards';
import { directory as small } from './lookup-fixture';

/** A directory of `n` made-up numbers across a few prefixes, each with its company. */
function bigDirectory(n: number): LookupDirectory {
  const numbers: DirectoryNumber[] = [];
  const companies: LookupDirectory['companies'] = {};
  for (let i = 0; i < n; i += 1) {
    const company = `c${i % 50}`;
    companies[company] = { name: `Company ${company}`, url: `/companies/${company}/`, checkUrl: 'https://example.com/' };
    const national = `${['800', '866', '212', '415'][i % 4]}${String(2_000_000 + i * 7919).slice(0, 7)}`;
    numbers.push({ digits: `1${national}`, countryCode: '1', display: national, company, status: 'current', asOf: '2024' });
  }
  numbers.push({ digits: '442079460000', countryCode: '44', display: '020 7946 0000', company: 'c1', status: 'current', asOf: '2024' });
  return { companies, numbers };
}

describe('splitDirectory', () => {
  const directory = bigDirectory(2_000);
  const shards = splitDirectory(directory, 8_000);

  it('keeps every file within the budget, and every number in exactly one file', () => {
    expect(shards.length).toBeGreaterThan(5);
    for (const shard of shards) expect(JSON.stringify(shard.directory).length).toBeLessThanOrEqual(8_000);
    expect(shards.flatMap((s) => s.directory.numbers.map((n) => n.digits)).sort()).toEqual(directory.numbers.map((n) => n.digits).sort());
  });

  it('puts each number’s company in its file', () => {
    for (const shard of shards) for (const n of shard.directory.numbers) expect(shard.directory.companies[n.company]).toBeDefined();
  });

  it('leads a typed number, in any form, to the one file that answers it', () => {
    const prefixes = shards.map((s) => s.prefix);
    const codes = countryCodes(directory);
    const byPrefix = new Map(shards.map((s) => [s.prefix, s.directory]));
    for (const entry of directory.numbers.slice(0, 200)) {
      const national = entry.digits.slice(entry.countryCode.length);
      for (const typed of [national, `+${entry.digits}`, `${national.slice(0, 3)}-${national.slice(3, 6)}-${national.slice(6)}`]) {
        const needed = shardsFor(typed, prefixes, codes);
        expect(needed.length, typed).toBeLessThanOrEqual(2);
        const answer = lookUpNumber(mergeShards(needed.map((p) => byPrefix.get(p)!)), typed);
        expect(answer?.kind, typed).toBe('found');
      }
    }
  });

  it('answers a number with a trunk 0 from the file of its international form', () => {
    const prefixes = shards.map((s) => s.prefix);
    const needed = shardsFor('020 7946 0000', prefixes, countryCodes(directory));
    const answer = lookUpNumber(mergeShards(needed.map((p) => shards.find((s) => s.prefix === p)!.directory)), '020 7946 0000');
    expect(answer?.kind).toBe('found');
  });

  it('keeps a small directory in one file, named "all"', () => {
    const one = splitDirectory(small);
    expect(one.map((s) => s.prefix)).toEqual(['']);
    expect(shardFileName('')).toBe('all');
    expect(shardFileName('*')).toBe('star');
    expect(shardFileName('47')).toBe('47');
    expect(shardsFor('866-510-9715', [''], ['1'])).toEqual(['']);
  });

  it('needs no file for text that holds no number', () => {
    expect(shardsFor('expedia', [''], ['1'])).toEqual([]);
  });
});
