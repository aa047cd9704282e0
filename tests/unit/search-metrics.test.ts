import { describe, expect, it } from 'vitest';
import { formatReport, qualityReport, rankOf } from '../support/search-metrics';

describe('rankOf', () => {
  it('answers the 1-based place of the expected page, or undefined', () => {
    expect(rankOf(['/a/', '/b/'], '/a/')).toBe(1);
    expect(rankOf(['/a/', '/b/'], '/b/')).toBe(2);
    expect(rankOf(['/a/', '/b/'], '/c/')).toBeUndefined();
  });
});

describe('qualityReport', () => {
  const report = qualityReport([
    { query: 'first', expect: '/a/', results: ['/a/', '/b/'] },
    { query: 'second', expect: '/a/', results: ['/b/', '/a/'] },
    { query: 'fourth', expect: '/a/', results: ['/b/', '/c/', '/d/', '/a/'] },
    { query: 'absent', expect: '/a/', results: [] },
  ]);

  it('measures hit@1, hit@3 and the mean reciprocal rank', () => {
    expect(report.queries).toBe(4);
    expect(report.hitAt1).toBe(0.25);
    expect(report.hitAt3).toBe(0.5);
    expect(report.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 4 + 0) / 4);
  });

  it('lists every query whose page was not first, with where it came', () => {
    expect(report.misses).toEqual([
      { query: 'second', expect: '/a/', rank: 2, top: '/b/' },
      { query: 'fourth', expect: '/a/', rank: 4, top: '/b/' },
      { query: 'absent', expect: '/a/', rank: undefined, top: undefined },
    ]);
  });

  it('reports zeros, not NaN, for no queries', () => {
    expect(qualityReport([])).toMatchObject({ hitAt1: 0, hitAt3: 0, mrr: 0 });
  });
});

describe('formatReport', () => {
  it('prints the figures beside their targets, and each miss', () => {
    const text = formatReport(qualityReport([{ query: 'q', expect: '/a/', results: ['/b/', '/a/'] }]), { hitAt1: 0.95, hitAt3: 1 });
    expect(text).toContain('hit@1    0.0%   target >= 95.0%');
    expect(text).toContain('hit@3  100.0%   target >= 100.0%');
    expect(text).toContain('MRR     0.500');
    expect(text).toContain('"q" expected /a/, rank 2; first was /b/');
  });
});
