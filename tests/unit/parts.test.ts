import { describe, expect, it } from 'vitest';
import { ownsCompany, partFromEnv, partOfCompany, searchBundleDir } from '../../src/data/parts';

describe('building the site in parts', () => {
  it('reads "k/n", and no value as the whole site', () => {
    expect(partFromEnv('2/4')).toEqual({ index: 2, count: 4 });
    expect(partFromEnv(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    expect(partFromEnv(undefined)).toBeUndefined();
    expect(partFromEnv('')).toBeUndefined();
    // The whole site renders every company.
    expect(ownsCompany(undefined, 'expedia')).toBe(true);
  });

  it('refuses a part that cannot be', () => {
    for (const bad of ['0/2', '3/2', '2', 'a/b', '1/0', '-1/2']) expect(() => partFromEnv(bad), bad).toThrow(/BEYOND_NO_PART/);
  });

  it('gives every company exactly one part, the same one every time', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `company-${i}`);
    const counts = [0, 0, 0, 0];
    for (const id of ids) {
      const part = partOfCompany(id, 4);
      expect(part).toBe(partOfCompany(id, 4));
      const owners = [1, 2, 3, 4].filter((index) => ownsCompany({ index, count: 4 }, id));
      expect(owners).toEqual([part]);
      counts[part - 1]! += 1;
    }
    // A hash spreads them: no part holds fewer than a fifth or more than a third of 2,000.
    for (const count of counts) expect(count).toBeGreaterThan(400);
    for (const count of counts) expect(count).toBeLessThan(667);
  });

  it('puts part 1 index at /pagefind/ and the others beside it', () => {
    expect(searchBundleDir(undefined)).toBe('pagefind');
    expect(searchBundleDir({ index: 1, count: 3 })).toBe('pagefind');
    expect(searchBundleDir({ index: 3, count: 3 })).toBe('pagefind-part-3');
  });
});
