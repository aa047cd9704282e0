import { describe, expect, it } from 'vitest';
import {
  closestWords,
  editDistance,
  exactShardFor,
  nameCandidates,
  nameEntries,
  nameWords,
  prefixIsWhole,
  splitByPrefix,
  typoFilesFor,
  typoKeys,
  typoShards,
} from '../../../src/lib/search/names';

/** Every spelling of a word with one letter changed, dropped, added or swapped with its neighbour. */
function oneEditAway(word: string): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i += 1) {
    for (const c of letters) out.add(word.slice(0, i) + c + word.slice(i)); // added
    if (i < word.length) {
      out.add(word.slice(0, i) + word.slice(i + 1)); // dropped
      for (const c of letters) out.add(word.slice(0, i) + c + word.slice(i + 1)); // changed
      if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)); // swapped
    }
  }
  out.delete(word);
  return [...out];
}

describe('typoKeys', () => {
  it('gives a word and every spelling one edit from it a key in common', () => {
    for (const word of ['expedia', 'delta', 'united', 'comcast', 'whirlpool', 'abc', 'aab', 'tmobile']) {
      const keys = new Set(typoKeys(word));
      for (const typo of oneEditAway(word).filter((t) => t.length >= 3)) {
        expect(typoKeys(typo).some((k) => keys.has(k)), `${typo} → ${word}`).toBe(true);
      }
    }
  });

  it('files a word under at most three keys', () => {
    expect(typoKeys('expedia')).toEqual(['ex', 'ep', 'xp']);
    expect(typoKeys('aaa')).toEqual(['aa']);
  });
});

describe('editDistance and closestWords', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('comcsat', 'comcast')).toBe(1);
    expect(editDistance('expdia', 'expedia')).toBe(1);
    expect(editDistance('deltta', 'delta')).toBe(1);
    expect(editDistance('verizom', 'verizon')).toBe(1);
    expect(editDistance('delta', 'united')).toBeGreaterThan(2);
  });

  it('offers the words within the limit, closest first', () => {
    expect(closestWords('expdia', ['expedia', 'expedite', 'delta'])).toEqual(['expedia']);
    expect(closestWords('delta', ['debts', 'deltas', 'united'], 2)).toEqual(['deltas', 'debts']);
  });
});

const companies = [
  { id: 'delta', name: 'Delta Air Lines', aliases: ['Delta', 'Delta Airlines'] },
  { id: 't-mobile', name: 'T-Mobile', aliases: ['TMobile'] },
  { id: 'expedia', name: 'Expedia', aliases: ['Expedia Group', 'Expedia.com'] },
];

describe('the exact names index', () => {
  it('keys each name and alias once, folded', () => {
    expect(nameEntries(companies)).toEqual([
      ['delta', 'delta', 'Delta Air Lines'],
      ['deltaairlines', 'delta', 'Delta Air Lines'],
      ['expedia', 'expedia', 'Expedia'],
      ['expediacom', 'expedia', 'Expedia'],
      ['expediagroup', 'expedia', 'Expedia'],
      ['tmobile', 't-mobile', 'T-Mobile'],
    ]);
  });

  it('splits by key prefix until each file is within the budget, and every key finds its file', () => {
    const entries = nameEntries(
      Array.from({ length: 300 }, (_, i) => ({ id: `c${i}`, name: `Company ${String.fromCharCode(97 + (i % 26))}${i}`, aliases: [] })),
    );
    const shards = splitByPrefix(entries, (e) => e[0], 1_000);
    expect(shards.length).toBeGreaterThan(1);
    for (const shard of shards) expect(JSON.stringify(shard.entries).length).toBeLessThanOrEqual(1_000);
    expect(shards.flatMap((s) => s.entries)).toHaveLength(entries.length);
    const prefixes = shards.map((s) => s.key);
    for (const entry of entries) {
      const file = shards.find((s) => s.key === exactShardFor(entry[0], prefixes))!;
      expect(file.entries).toContainEqual(entry);
    }
  });

  it('keeps one file when the index is small', () => {
    expect(splitByPrefix(nameEntries(companies), (e) => e[0], 4_000).map((s) => s.key)).toEqual(['']);
  });

  it('knows when every key starting with some letters is in one file', () => {
    expect(prefixIsWhole('expe', ['', 'd', 'e'])).toBe(true);
    expect(prefixIsWhole('e', ['', 'd', 'ea', 'eb'])).toBe(false);
  });
});

describe('nameCandidates', () => {
  it('tries every run of up to four words, longest first, folded to a key', () => {
    const runs = nameCandidates(['t', 'mobile', 'ceo']);
    expect(runs.slice(0, 3)).toEqual([
      { start: 0, end: 3, keys: ['tmobileceo'] },
      { start: 0, end: 2, keys: ['tmobile'] },
      { start: 0, end: 1, keys: ['t'] },
    ]);
  });

  it('also tries the language’s endings and prefixes off', () => {
    expect(nameCandidates(["delta's"], { endings: ["'s"] })[0]!.keys).toEqual(['deltas', 'delta']);
    expect(nameCandidates(['ואל-על'], { prefixes: ['ו'] })[0]!.keys).toContain('אלעל');
  });
});

describe('the spelling index', () => {
  it('files each word of a name or alias long enough to correct', () => {
    expect(nameWords(companies, 'en')).toEqual(['airlines', 'delta', 'expedia', 'group', 'lines', 'mobile', 'tmobile']);
  });

  it('files a word under its three keys at its length, with a file for every length in each key’s range', () => {
    const { shards, manifest } = typoShards(['expedia', 'expo', 'expedited']);
    expect(manifest.ex).toEqual([4, 9]);
    expect(shards.find((s) => s.key === 'ex7')!.entries).toEqual(['expedia']);
    expect(shards.find((s) => s.key === 'ex8')!.entries).toEqual([]);
  });

  it('leads a misspelt word to the files that hold every word one edit away', () => {
    const words = ['expedia', 'verizon', 'comcast', 'whirlpool', 'united', 'jennair'];
    const { shards, manifest } = typoShards(words);
    const byKey = new Map(shards.map((s) => [s.key, s.entries]));
    for (const word of words) {
      for (const typo of ['x' + word, word.slice(1), word.slice(0, 2) + word.slice(3), word.charAt(1) + word.charAt(0) + word.slice(2), word + 'x']) {
        const found = typoFilesFor(typo, manifest).flatMap((f) => byKey.get(f) ?? []);
        expect(found, `${typo} → ${word}`).toContain(word);
      }
    }
  });
});
