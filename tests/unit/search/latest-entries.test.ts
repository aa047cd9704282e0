import { describe, expect, it } from 'vitest';
import { latestPerTarget } from '../../../src/lib/search/latest-entries';

describe('latestPerTarget', () => {
  it('keeps the newest entry of each element, in the order the elements first came', () => {
    const a = {};
    const b = {};
    const entries = [
      { target: a, isIntersecting: false },
      { target: b, isIntersecting: true },
      { target: a, isIntersecting: true },
    ];
    expect(latestPerTarget(entries)).toEqual([entries[2], entries[1]]);
  });

  it('gives nothing for nothing', () => {
    expect(latestPerTarget([])).toEqual([]);
  });
});
