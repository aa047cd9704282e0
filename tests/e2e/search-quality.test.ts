/**
 * The search-quality suite: realistic queries, each with the page that must
 * come first, typed into the real search page in Chromium against the built
 * site. It prints hit@1, hit@3 and the mean reciprocal rank, and holds them to
 * the targets (hit@1 at least 95%, hit@3 100%).
 *
 * "What comes first" is what the reader sees first: for a phone number, the
 * look-up's answer sits above Pagefind's results, so its company counts first.
 */
import { baseUrl, expect, test } from '../support/fixtures';
import { formatReport, qualityReport, QUALITY_TARGETS, type QueryOutcome } from '../support/search-metrics';
import { QUALITY_QUERIES } from './search-quality.queries';
import { openSearchPage, searchFor } from './search-driver';

test('the suite has at least 40 queries, of every kind', () => {
  expect(QUALITY_QUERIES.length).toBeGreaterThanOrEqual(40);
  for (const kind of ['company', 'problem', 'tactic', 'number'] as const) {
    expect(QUALITY_QUERIES.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
  }
});

test('every expected page exists in the built site', async () => {
  for (const path of new Set(QUALITY_QUERIES.map((q) => q.expect))) {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status, path).toBe(200);
  }
});

test('puts the right page first: hit@1 >= 95%, hit@3 = 100%', async ({ page }) => {
  await openSearchPage(page, baseUrl);
  const outcomes: QueryOutcome[] = [];
  for (const { query, expect: path } of QUALITY_QUERIES) {
    const shown = await searchFor(page, query);
    outcomes.push({ query, expect: path, results: shown.paths });
  }
  const report = qualityReport(outcomes);
  console.log(formatReport(report, QUALITY_TARGETS));
  expect(report.hitAt1).toBeGreaterThanOrEqual(QUALITY_TARGETS.hitAt1);
  expect(report.hitAt3).toBeGreaterThanOrEqual(QUALITY_TARGETS.hitAt3);
}, 120_000);
