// Search: for each query of the search-quality suite, the bytes Pagefind fetches to answer it
// and the time from typing to the first result, in headless Chromium against the built site
// served on 127.0.0.1. Prints a table with the targets from issue 3 (<= 100 kB per query,
// first result within 150 ms). Measures only: a missed target is marked, not fatal.
//
//   node scripts/bench/search.mjs             (uses dist/, building it first if it is missing)
//   BEYOND_NO_DIST=/tmp/site node scripts/bench/search.mjs
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { QUALITY_QUERIES } from '../../tests/e2e/search-quality.queries.ts';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveDist } from '../../tests/support/static-server.ts';

const TARGET_BYTES = 100 * 1024;
const TARGET_MS = 150;
/** One-time files: the runtime, its worker and wasm, the UI, and the index's entry and metadata. */
const ONE_TIME = /\/pagefind\/(pagefind[^/]*\.(js|css|json)|wasm\.[^/]+|[^/]+\.pf_meta)$/;

const dist = resolve(process.env.BEYOND_NO_DIST ?? 'dist');
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.log(`no built site in ${dist}: building it`);
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

// The tests' own server (on 127.0.0.1, no compression, the site's _headers applied) and Chromium.
const server = await serveDist(dist);
const base = server.url;
const browser = await launchBrowser();

/** Opens /search/ in a fresh context (empty cache) and tallies what it fetches from /pagefind/. */
async function openSearch() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on('requestfinished', async (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/pagefind/')) return;
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) fetched.push({ path: url.pathname, bytes: sizes.responseBodySize });
  });
  await page.goto(`${base}/search/`);
  await page.locator('main pagefind-input input').waitFor();
  return { context, page, fetched };
}

/**
 * Puts the query in the box as a last keystroke would (one input event) and times it until the
 * first thing the reader is offered is on screen: the first-ranked result for this query (or for
 * its relaxed form, see src/lib/search/relax.ts), or for a number the look-up's answer.
 */
function timeToFirstResult(page, query) {
  return page.evaluate(
    (query) =>
      new Promise((resolve, reject) => {
        const root = document.querySelector('main');
        const input = root.querySelector('pagefind-input input');
        const done = () => {
          // A number's first answer may be the look-up's, shown above Pagefind's results.
          if (root.querySelector(`[data-search-lookup][data-query="${CSS.escape(query)}"] [data-status]`)) return true;
          const notice = root.querySelector('[data-search-relaxed]');
          const searched = notice && !notice.hidden && notice.dataset.query === query ? notice.dataset.relaxed : query;
          const summary = root.querySelector('pagefind-summary')?.textContent?.trim() ?? '';
          return summary.endsWith(`for ${searched}`) && /^\d/.test(summary) && root.querySelector('pagefind-results li.pf-result:first-of-type a.pf-result-link');
        };
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no result for "${query}" within 10 s`));
        }, 10_000);
        const start = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

/** Clears the box so the next query starts from an empty result list. */
async function clear(page) {
  await page.evaluate(() => {
    const input = document.querySelector('main pagefind-input input');
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForFunction(() => !document.querySelector('main pagefind-results li.pf-result'));
}

const sum = (list) => list.reduce((a, b) => a + b, 0);
const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => `${Math.round(value)} ms`;

// 1. Bytes: each query as the first of a fresh visit (nothing cached), counting only what it
//    fetches from the index (index chunks, fragments, filters), then the one-time files apart.
const perQueryBytes = [];
let oneTime = 0;
const coldMs = [];
for (const { query } of QUALITY_QUERIES) {
  const { context, page, fetched } = await openSearch();
  // The page starts Pagefind when its box takes focus; a reader takes longer than that to type.
  await page.waitForLoadState('networkidle');
  coldMs.push(await timeToFirstResult(page, query));
  await page.waitForLoadState('networkidle');
  const own = fetched.filter((f) => !ONE_TIME.test(f.path));
  perQueryBytes.push({ query, bytes: sum(own.map((f) => f.bytes)) });
  oneTime = Math.max(oneTime, sum(fetched.filter((f) => ONE_TIME.test(f.path)).map((f) => f.bytes)));
  await context.close();
}

// 2. Time: every query in one visit, as a reader searching again and again, three rounds.
const warmMs = [];
const { context, page } = await openSearch();
await timeToFirstResult(page, 'warm up');
for (let round = 0; round < 3; round += 1) {
  for (const { query } of QUALITY_QUERIES) {
    await clear(page);
    warmMs.push({ query, ms: await timeToFirstResult(page, query) });
  }
}
await context.close();
await browser.close();
await server.close();

const bytes = perQueryBytes.map((b) => b.bytes);
const times = warmMs.map((t) => t.ms);
const worstBytes = perQueryBytes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const worstTime = warmMs.reduce((a, b) => (b.ms > a.ms ? b : a));
const mark = (ok) => (ok ? 'ok' : 'MISSED');
const rows = [
  ['measure', 'median', 'worst', 'target', ''],
  ['Pagefind bytes fetched per query (index, fragments, filters)', kb(median(bytes)), kb(Math.max(...bytes)), `<= ${kb(TARGET_BYTES)}`, mark(Math.max(...bytes) <= TARGET_BYTES)],
  ['typing to first result, searching again', ms(median(times)), ms(Math.max(...times)), `<= ${TARGET_MS} ms`, mark(Math.max(...times) <= TARGET_MS)],
  ['typing to first result, first query of a visit', ms(median(coldMs)), ms(Math.max(...coldMs)), `<= ${TARGET_MS} ms`, mark(Math.max(...coldMs) <= TARGET_MS)],
  ['one-time: Pagefind runtime, wasm, UI, index metadata', kb(oneTime), '', '', ''],
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
console.log(`search: ${QUALITY_QUERIES.length} queries of the search-quality suite, headless Chromium, ${base}`);
for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
console.log(`heaviest query: "${worstBytes.query}" (${kb(worstBytes.bytes)}); slowest: "${worstTime.query}" (${ms(worstTime.ms)})`);
if (process.env.BENCH_VERBOSE) {
  for (const t of [...warmMs].sort((a, b) => b.ms - a.ms).slice(0, 15)) console.log(`  ${ms(t.ms).padStart(7)}  ${t.query}`);
}
console.log(
  `Times include the search box's debounce; the first query of a visit also fetches its index chunks and fragments (the runtime has loaded: the page starts it when the box takes focus).`,
);
