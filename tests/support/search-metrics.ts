/**
 * Measures of search quality over a set of queries, each with the one page
 * that must come first: hit@k (the share of queries whose page is in the top
 * k) and the mean reciprocal rank (1 for first place, 1/2 for second, 0 when
 * absent). Used by the search-quality suite and the search benchmark.
 */

export interface QueryOutcome {
  query: string;
  /** The path that must come first. */
  expect: string;
  /** The paths the search showed, in order. */
  results: readonly string[];
}

export interface QualityReport {
  queries: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Queries whose page did not come first, with where it came (undefined: not found). */
  misses: { query: string; expect: string; rank: number | undefined; top: string | undefined }[];
}

/** The 1-based rank of the expected page, or undefined when it is not among the results. */
export function rankOf(results: readonly string[], expect: string): number | undefined {
  const index = results.indexOf(expect);
  return index === -1 ? undefined : index + 1;
}

export function qualityReport(outcomes: readonly QueryOutcome[]): QualityReport {
  const ranks = outcomes.map((o) => rankOf(o.results, o.expect));
  const share = (hit: (rank: number | undefined) => boolean) =>
    outcomes.length === 0 ? 0 : ranks.filter(hit).length / outcomes.length;
  return {
    queries: outcomes.length,
    hitAt1: share((rank) => rank === 1),
    hitAt3: share((rank) => rank !== undefined && rank <= 3),
    mrr: outcomes.length === 0 ? 0 : ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / outcomes.length,
    misses: outcomes
      .map((o, i) => ({ query: o.query, expect: o.expect, rank: ranks[i], top: o.results[0] }))
      .filter((miss) => miss.rank !== 1),
  };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** A plain table for the test log and the benchmark: figure, value, target. */
export function formatReport(report: QualityReport, targets: { hitAt1: number; hitAt3: number }): string {
  const lines = [
    `search quality over ${report.queries} queries`,
    `  hit@1  ${percent(report.hitAt1).padStart(6)}   target >= ${percent(targets.hitAt1)}`,
    `  hit@3  ${percent(report.hitAt3).padStart(6)}   target >= ${percent(targets.hitAt3)}`,
    `  MRR    ${report.mrr.toFixed(3).padStart(6)}`,
  ];
  for (const miss of report.misses) {
    lines.push(`  not first: "${miss.query}" expected ${miss.expect}, ${miss.rank ? `rank ${miss.rank}` : 'absent'}; first was ${miss.top ?? 'nothing'}`);
  }
  return lines.join('\n');
}

/** The suite's targets, from issue 3. */
export const QUALITY_TARGETS = { hitAt1: 0.95, hitAt3: 1 } as const;
