/**
 * The search-quality suite: realistic queries, each with the page that must
 * come first, typed into the real search page in Chromium against the built
 * site. It prints hit@1, hit@3, the mean reciprocal rank and the count of
 * empty answers, over all queries and by kind, and holds them to the targets
 * (hit@1 at least 95%, hit@3 100%, no query without an answer, and a company
 * named with a problem followed by a tactic).
 *
 * "What comes first" is what the reader sees first: for a phone number, the
 * look-up's answer sits above Pagefind's results, so its company counts first.
 */
import { baseUrl, expect, test } from '../support/fixtures';
import { formatReport, qualityReport, QUALITY_TARGETS, type QueryOutcome } from '../support/search-metrics';
import { QUALITY_QUERIES, QUERY_KINDS, TRANSLATED_QUALITY_QUERIES } from './search-quality.queries';
import { openSearchPage, searchFor } from './search-driver';

test('the suite has at least 100 queries, at least 5 of every kind', () => {
  expect(QUALITY_QUERIES.length).toBeGreaterThanOrEqual(100);
  for (const kind of QUERY_KINDS) {
    expect(QUALITY_QUERIES.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
  }
});

test('every expected page exists in the built site', async () => {
  const paths = new Set([...QUALITY_QUERIES, ...TRANSLATED_QUALITY_QUERIES].flatMap((q) => [q.expect, ...(q.second ? [q.second] : [])]));
  for (const path of paths) {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status, path).toBe(200);
  }
});

test('puts the right page first: hit@1 >= 95%, hit@3 = 100%, no empty answer, a tactic after a named company', async ({ page }) => {
  await openSearchPage(page, baseUrl);
  const outcomes: QueryOutcome[] = [];
  for (const { query, expect: path, second, kind, lang } of QUALITY_QUERIES) {
    const shown = await searchFor(page, query);
    outcomes.push({ query, expect: path, second, kind, lang, results: shown.paths });
  }
  const report = qualityReport(outcomes);
  console.log(formatReport(report, QUALITY_TARGETS));
  expect(report.hitAt1).toBeGreaterThanOrEqual(QUALITY_TARGETS.hitAt1);
  expect(report.hitAt3).toBeGreaterThanOrEqual(QUALITY_TARGETS.hitAt3);
  expect(report.empty).toBe(0);
  // A company named with a problem: a tactic comes right after the company. Whether it is the
  // tactic the query's author had in mind is the "second" figure above, reported, not held.
  const noTacticSecond = outcomes.filter((o) => o.second && !o.results[1]?.includes('/tactics/')).map((o) => o.query);
  expect(noTacticSecond).toEqual([]);
}, 300_000);

test('in Hebrew and Norwegian, on the site in that language, puts the right page first: hit@1 >= 95%, hit@3 = 100%, none empty', async ({ page }) => {
  const outcomes: QueryOutcome[] = [];
  for (const lang of ['he', 'nb']) {
    const queries = TRANSLATED_QUALITY_QUERIES.filter((q) => q.lang === lang);
    expect(queries.length, lang).toBeGreaterThanOrEqual(10);
    await openSearchPage(page, `${baseUrl}/${lang}`);
    for (const { query, expect: path, second, kind } of queries) {
      const shown = await searchFor(page, query);
      outcomes.push({ query, expect: path, second, kind, lang, results: shown.paths });
    }
  }
  // The same targets as English.
  const targets = QUALITY_TARGETS;
  const report = qualityReport(outcomes);
  console.log(formatReport(report, targets));
  expect(report.hitAt1).toBeGreaterThanOrEqual(targets.hitAt1);
  expect(report.hitAt3).toBeGreaterThanOrEqual(targets.hitAt3);
  expect(report.empty).toBe(0);
}, 300_000);
