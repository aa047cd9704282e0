// Prints the scale bench's figures as tables, with each target of issues 6 and 12
// beside its figure and marked met or missed. Units: 1 kB = 1,000 bytes.

const TARGET_COUNT = 10_000;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const MB = (n) => `${(n / 1_000_000).toFixed(1)} MB`;
const ms = (n) => `${Math.round(n)} ms`;
const fmtCount = (n) => n.toLocaleString('en-US');
const secs = (n) => (n === undefined ? 'n/a' : `${n.toFixed(1)} s`);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
const worst = (values) => Math.max(...values);
/** "median / worst" of one figure over the queries that produced it. */
function spread(rows, pick, unit) {
  const values = (rows ?? []).map(pick).filter((v) => typeof v === 'number' && Number.isFinite(v));
  return values.length ? `${unit(median(values))} / ${unit(worst(values))}` : 'n/a';
}
/** Met when the worst query meets the limit; says so when only the median does. */
function limitStatus(rows, pick, limit) {
  const values = rows?.map(pick).filter((v) => typeof v === 'number' && Number.isFinite(v)) ?? [];
  if (!values.length) return 'not run';
  if (worst(values) <= limit) return 'met';
  return median(values) <= limit ? 'missed (median met)' : 'missed';
}

const warmBytes = (row) => row.warm.pagefind;
const warmMs = (row) => row.warm.firstMs;
const uiBytes = (row) => (row.ui.error ? undefined : row.ui.pagefind + row.ui.other);
const uiMs = (row) => row.ui.firstMs;
const firstHits = (rows = [], run) =>
  `${rows.filter((r) => r.expect && r[run].firstUrl === r.expect).length}/${rows.filter((r) => r.expect).length}`;

/** The programs worth a row of their own: any that reached 50 MB in some run (node, pagefind_extended…). */
function programs(results) {
  const names = new Set();
  for (const r of results) for (const [name, kb] of Object.entries(r.processPeaksKb ?? {})) if (kb >= 50_000) names.add(name);
  return [...names].sort();
}

export function printSummary(results) {
  const ok = results.filter((r) => !r.failed);
  const at = (count) => ok.find((r) => r.count === count);
  const big = at(TARGET_COUNT);
  const bigFailed = results.some((r) => r.failed && r.count === TARGET_COUNT);
  const small = at(1000);
  const perPage = (r) => (r.seconds * 1000) / r.pages;
  const growth = small && big ? perPage(big) / perPage(small) - 1 : undefined;

  const rows = [
    ['pages built (HTML)', (r) => fmtCount(r.pages)],
    ['other files rendered (.vcf, .json, .xml…)', (r) => fmtCount(r.endpointFiles)],
    ['generating the content', (r) => `${r.generateSeconds.toFixed(1)} s`],
    ['machine load (1 min) before / after build', (r) => `${r.loadBefore.toFixed(1)} / ${r.loadAfter.toFixed(1)}`],
    ['build + index, wall time', (r) => `${r.seconds.toFixed(1)} s`, '≤ 120 s at 10,000', big ? (big.seconds <= 120 ? 'met' : 'missed') : bigFailed ? 'missed (failed)' : 'not run'],
    ['build + index, CPU time (user + system)', (r) => secs(r.cpuSeconds)],
    ...programs(results).map((name) => [`  CPU of ${name}`, (r) => secs(r.cpuByProgram?.[name])]),
    ['  content sync and types', (r) => secs(r.contentSeconds)],
    ['  Vite bundle', (r) => secs(r.bundleSeconds)],
    ['  rendering every route', (r) => secs(r.renderSeconds)],
    ['  Pagefind indexing', (r) => secs(r.indexSeconds)],
    ['time per page', (r) => `${perPage(r).toFixed(1)} ms`, '≤ +10% from 1,000 to 10,000',
      growth === undefined ? 'not run' : `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(0)}%: ${growth <= 0.1 ? 'met' : 'missed'}`],
    ['peak memory, largest process (time -v)', (r) => (r.maxRssKb ? MB(r.maxRssKb * 1000) : 'n/a'), '< 2 GB at 10,000',
      big?.maxRssKb ? (big.maxRssKb * 1000 < 2e9 ? 'met' : 'missed') : 'not run'],
    ...programs(results).map((name) => [`  peak of ${name} (VmHWM)`, (r) => (r.processPeaksKb?.[name] ? MB(r.processPeaksKb[name] * 1000) : 'n/a')]),
    ['peak memory, process tree (/proc, 100 ms)', (r) => MB(r.treePeakKb * 1000)],
    ['dist/ size', (r) => MB(r.distBytes)],
    ['Pagefind index (no UI assets)', (r) => `${MB(r.indexBytes)} in ${fmtCount(r.indexFiles)} files`],
    ['cold first query: transfer, served', (r) => spread(r.rows, (q) => q.cold.pagefind, kB)],
    ['cold first query: transfer, JS gzipped', (r) => spread(r.rows, (q) => q.cold.gzipped, kB)],
    ['cold first query: time to first result', (r) => spread(r.rows, (q) => q.cold.firstMs, ms)],
    ['per query (API, warm): /pagefind/ transfer', (r) => spread(r.rows, warmBytes, kB), '≤ 100 kB at 10,000', limitStatus(big?.rows, warmBytes, 100_000)],
    ['per query (API, warm): time to first result', (r) => spread(r.rows, warmMs, ms), '≤ 150 ms', limitStatus(big?.rows, warmMs, 150)],
    ['per query (site UI): all transfer', (r) => spread(r.rows, uiBytes, kB), '≤ 100 kB at 10,000', limitStatus(big?.rows, uiBytes, 100_000)],
    ['per query (site UI): time to first result', (r) => spread(r.rows, uiMs, ms), '≤ 150 ms', limitStatus(big?.rows, uiMs, 150)],
    ['expected page first (API / UI)', (r) => `${firstHits(r.rows, 'warm')} / ${firstHits(r.rows, 'ui')}`],
  ];
  const header = ['Figure (median / worst of 20 queries)', ...results.map((r) => `${fmtCount(r.count)} companies`), 'Target', 'Status'];
  const body = rows.map(([name, value, target = '', status = '']) => [
    name,
    ...results.map((r) => (r.failed ? (name.startsWith('build') ? `FAILED after ${r.seconds.toFixed(0)} s` : '—') : value(r))),
    target,
    status,
  ]);
  printTable(header, body);
  console.log('Transfer: bytes on the wire to 127.0.0.1 (headers included, no HTTP compression; Pagefind chunks are gzipped already).');
  console.log('Each query runs in a fresh browser context: warm = after Pagefind init (runtime, WASM, metadata, filters) only.');
}

export function printQueries(result) {
  console.log(`\nQueries at ${fmtCount(result.count)} companies (transfer in kB; "first" = expected page ranked first)`);
  printTable(
    ['query', 'kind', 'hits', 'first', 'cold kB', 'cold ms', 'warm kB', 'warm ms', 'UI kB (pf+other)', 'UI ms'],
    result.rows.map((r) => [
      r.text,
      r.kind,
      String(r.warm.hits),
      r.expect ? (r.warm.firstUrl === r.expect ? 'yes' : 'no') : '',
      (r.cold.pagefind / 1000).toFixed(1),
      String(Math.round(r.cold.firstMs)),
      (r.warm.pagefind / 1000).toFixed(1),
      String(Math.round(r.warm.firstMs)),
      r.ui.error ? r.ui.error : `${((r.ui.pagefind + r.ui.other) / 1000).toFixed(1)} (${(r.ui.pagefind / 1000).toFixed(1)}+${(r.ui.other / 1000).toFixed(1)})`,
      r.ui.error ? '' : String(Math.round(r.ui.firstMs)),
    ]),
  );
  // Name what "other" is, so a large figure points at its cause.
  const other = new Map();
  for (const r of result.rows) {
    for (const [path, size] of Object.entries(r.ui.otherFiles ?? {})) {
      const seen = other.get(path) ?? { size, queries: 0 };
      seen.queries += 1;
      other.set(path, seen);
    }
  }
  for (const [path, { size, queries }] of other) {
    console.log(`UI "other": ${path} (${kB(size)}) fetched by ${queries} of ${result.rows.length} queries`);
  }
  console.log('Times are the median of 3 runs per query (warm and UI); cold is one run.');
}

function printTable(header, rows) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => String(row[i] ?? '').length)));
  const line = (row) => row.map((cell, i) => String(cell ?? '').padEnd(widths[i])).join(' | ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
}
