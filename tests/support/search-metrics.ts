/**
 * Measures of search quality over a set of queries, each with the one page
 * that must come first: hit@k (the share of queries whose page is in the top
 * k), the mean reciprocal rank (1 for first place, 1/2 for second, 0 when
 * absent), and the count of empty answers (nothing offered at all). Each is
 * given over all queries and by kind of query (and by language when there are
 * several). Used by the search-quality suite and the search benchmark.
 */

export interface QueryOutcome {
  query: string;
  /** The path that must come first. */
  expect: string;
  /** The path that must come second, when the query names a company and a problem. */
  second?: string | undefined;
  /** The kind of query ("question", "misspelt"…), for the figures by kind. */
  kind?: string | undefined;
  /** The query's language, for the figures by language. */
  lang?: string | undefined;
  /** The paths the search showed, in order. */
  results: readonly string[];
}

export interface QualityFigures {
  queries: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Queries that got no page at all. */
  empty: number;
  /** Of the queries with a second page to check: how many had it second. */
  secondRight: number;
  secondChecked: number;
}

export interface QualityReport extends QualityFigures {
  byKind: Record<string, QualityFigures>;
  byLang: Record<string, QualityFigures>;
  /** Queries whose page did not come first, with where it came (undefined: not found). */
  misses: { query: string; expect: string; kind?: string | undefined; rank: number | undefined; top: string | undefined }[];
  /** Queries with a second page to check whose second place was another page. */
  wrongSecond: { query: string; second: string; got: string | undefined }[];
}

/** The 1-based rank of the expected page, or undefined when it is not among the results. */
export function rankOf(results: readonly string[], expect: string): number | undefined {
  const index = results.indexOf(expect);
  return index === -1 ? undefined : index + 1;
}

function figures(outcomes: readonly QueryOutcome[]): QualityFigures {
  const ranks = outcomes.map((o) => rankOf(o.results, o.expect));
  const share = (hit: (rank: number | undefined) => boolean) =>
    outcomes.length === 0 ? 0 : ranks.filter(hit).length / outcomes.length;
  const withSecond = outcomes.filter((o) => o.second);
  return {
    queries: outcomes.length,
    hitAt1: share((rank) => rank === 1),
    hitAt3: share((rank) => rank !== undefined && rank <= 3),
    mrr: outcomes.length === 0 ? 0 : ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / outcomes.length,
    empty: outcomes.filter((o) => o.results.filter(Boolean).length === 0).length,
    secondRight: withSecond.filter((o) => o.results[1] === o.second).length,
    secondChecked: withSecond.length,
  };
}

function groupBy(outcomes: readonly QueryOutcome[], key: (o: QueryOutcome) => string | undefined): Record<string, QualityFigures> {
  const groups = new Map<string, QueryOutcome[]>();
  for (const outcome of outcomes) {
    const name = key(outcome);
    if (name === undefined) continue;
    groups.set(name, [...(groups.get(name) ?? []), outcome]);
  }
  return Object.fromEntries([...groups].map(([name, group]) => [name, figures(group)]));
}

export function qualityReport(outcomes: readonly QueryOutcome[]): QualityReport {
  return {
    ...figures(outcomes),
    byKind: groupBy(outcomes, (o) => o.kind),
    byLang: groupBy(outcomes, (o) => o.lang),
    misses: outcomes
      .map((o) => ({ query: o.query, expect: o.expect, kind: o.kind, rank: rankOf(o.results, o.expect), top: o.results[0] }))
      .filter((miss) => miss.rank !== 1),
    wrongSecond: outcomes
      .filter((o) => o.second && o.results[1] !== o.second)
      .map((o) => ({ query: o.query, second: o.second!, got: o.results[1] })),
  };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

function row(name: string, f: QualityFigures): string {
  const second = f.secondChecked ? `${f.secondRight}/${f.secondChecked}` : '';
  return [
    name.padEnd(16),
    String(f.queries).padStart(7),
    percent(f.hitAt1).padStart(7),
    percent(f.hitAt3).padStart(7),
    f.mrr.toFixed(3).padStart(6),
    String(f.empty).padStart(6),
    second.padStart(7),
  ].join(' ');
}

/** A plain table for the test log and the benchmark: the figures overall, by kind and by language, then each miss. */
export function formatReport(report: QualityReport, targets: { hitAt1: number; hitAt3: number }): string {
  const lines = [
    `search quality over ${report.queries} queries (targets: hit@1 >= ${percent(targets.hitAt1)}, hit@3 >= ${percent(targets.hitAt3)}, no empty answer)`,
    `${''.padEnd(16)} queries   hit@1   hit@3    MRR  empty  second`,
    row('all', report),
    ...Object.entries(report.byKind).map(([kind, f]) => row(`  ${kind}`, f)),
  ];
  if (Object.keys(report.byLang).length > 1) lines.push(...Object.entries(report.byLang).map(([lang, f]) => row(`  lang ${lang}`, f)));
  for (const miss of report.misses) {
    lines.push(
      `  not first: "${miss.query}" (${miss.kind ?? '?'}) expected ${miss.expect}, ${miss.rank ? `rank ${miss.rank}` : 'absent'}; first was ${miss.top ?? 'nothing'}`,
    );
  }
  for (const wrong of report.wrongSecond) {
    lines.push(`  not second: "${wrong.query}" expected ${wrong.second} second; got ${wrong.got ?? 'nothing'}`);
  }
  return lines.join('\n');
}

/** The suite's targets, from issues 3 and 11. */
export const QUALITY_TARGETS = { hitAt1: 0.95, hitAt3: 1 } as const;
