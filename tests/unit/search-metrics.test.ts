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

describe('figures by kind and language, empty answers and second place', () => {
  const report = qualityReport([
    { query: 'a', expect: '/a/', kind: 'question', lang: 'en', results: ['/a/'] },
    { query: 'b', expect: '/a/', kind: 'question', lang: 'en', results: [] },
    { query: 'c', expect: '/c/', second: '/t/', kind: 'company-problem', lang: 'nb', results: ['/c/', '/t/'] },
    { query: 'd', expect: '/c/', second: '/t/', kind: 'company-problem', lang: 'nb', results: ['/c/', '/u/'] },
  ]);

  it('counts the queries that got nothing at all', () => {
    expect(report.empty).toBe(1);
    expect(report.byKind.question).toMatchObject({ queries: 2, hitAt1: 0.5, empty: 1 });
  });

  it('gives each kind and each language its own figures', () => {
    expect(report.byKind['company-problem']).toMatchObject({ queries: 2, hitAt1: 1, secondRight: 1, secondChecked: 2 });
    expect(Object.keys(report.byLang).sort()).toEqual(['en', 'nb']);
    expect(report.byLang.nb).toMatchObject({ queries: 2, hitAt1: 1 });
  });

  it('lists the queries whose second page was another', () => {
    expect(report.wrongSecond).toEqual([{ query: 'd', second: '/t/', got: '/u/' }]);
  });
});

describe('formatReport', () => {
  it('prints the figures beside their targets, by kind, and each miss', () => {
    const text = formatReport(
      qualityReport([
        { query: 'q', expect: '/a/', kind: 'question', results: ['/b/', '/a/'] },
        { query: 'r', expect: '/a/', kind: 'misspelt', results: [] },
      ]),
      { hitAt1: 0.95, hitAt3: 1 },
    );
    expect(text).toContain('targets: hit@1 >= 95.0%, hit@3 >= 100.0%, no empty answer');
    expect(text).toMatch(/all\s+2\s+0\.0%\s+50\.0%\s+0\.250\s+1/);
    expect(text).toMatch(/question\s+1\s+0\.0%\s+100\.0%\s+0\.500\s+0/);
    expect(text).toMatch(/misspelt\s+1\s+0\.0%\s+0\.0%\s+0\.000\s+1/);
    expect(text).toContain('"q" (question) expected /a/, rank 2; first was /b/');
  });
});
