// Search in headless Chromium against a build served on 127.0.0.1: for each
// query, the bytes it makes the browser fetch and the time until its first
// result is ready. Every measurement gets a fresh browser context (empty HTTP
// cache, no Pagefind chunks in memory), so no query is helped by the one before:
// these are the figures for a reader's first query on a page, the worst case.
//
// Three runs per query:
//  - cold: the Pagefind JS API from nothing: import pagefind.js, init, search,
//    then the first result's data() (the runtime, WASM and metadata included);
//  - warm: the same after init and filters() have loaded the runtime, WASM,
//    metadata and filters, so only what the query itself needs is counted;
//  - ui: the site's own /search/ page: fill its box and wait for the first
//    result in the list. This counts every request the query triggers, the
//    site's phone look-up data included, and the box's debounce is in the time.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Counts what the browser fetches. Our test server sends files as they are on
 * disk (no HTTP compression), so a body's size is the file's size; headers
 * come from the browser. `gzipped` is what a host that compresses text would
 * send: Pagefind's index, fragments and WASM are compressed already, so only
 * its JS and JSON shrink.
 */
function trackRequests(context, dist) {
  const pending = new Set();
  let sized = [];
  const totals = () => ({ pagefind: 0, other: 0, gzipped: 0, requests: 0, otherFiles: {} });
  let sums = totals();
  const bodySize = (pathname) => {
    try {
      const file = join(dist, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
      const size = statSync(file).size;
      const gzipped = /\.(js|json|css|html)$/.test(file) ? gzipSync(readFileSync(file)).length : size;
      return { size, gzipped };
    } catch {
      return { size: 0, gzipped: 0 };
    }
  };
  context.on('request', (request) => pending.add(request));
  const finish = (request, ok) => {
    pending.delete(request);
    if (!ok) return;
    const target = sums;
    sized.push(
      request.sizes().then(({ responseHeadersSize }) => {
        const { pathname } = new URL(request.url());
        const { size, gzipped } = bodySize(pathname);
        const headers = Math.max(0, responseHeadersSize);
        const pagefind = pathname.startsWith('/pagefind/');
        target[pagefind ? 'pagefind' : 'other'] += size + headers;
        if (!pagefind) target.otherFiles[pathname] = size + headers;
        target.gzipped += gzipped + headers;
        target.requests += 1;
      }),
    );
  };
  context.on('requestfinished', (request) => finish(request, true));
  context.on('requestfailed', (request) => finish(request, false));
  return {
    /** Waits (bounded) until nothing is in flight and every size is known. */
    async settle() {
      for (let i = 0; i < 200 && pending.size > 0; i++) await new Promise((r) => setTimeout(r, 25));
      await Promise.all(sized);
    },
    reset() {
      sums = totals();
      sized = [];
    },
    get sums() {
      return sums;
    },
  };
}

/** Runs in the page: the query through Pagefind's JS API, timed from before the search (or the import, cold). */
async function apiQuery({ term, warm }) {
  const started = performance.now();
  const pagefind = warm ? window.__benchPagefind : await import('/pagefind/pagefind.js');
  if (!warm) await pagefind.init();
  const search = await pagefind.search(term);
  const first = await search.results[0]?.data();
  const firstMs = performance.now() - started;
  return { firstMs, hits: search.results.length, firstUrl: first?.url ?? null };
}

async function warmUp() {
  window.__benchPagefind = await import('/pagefind/pagefind.js');
  await window.__benchPagefind.init();
  // A full round trip through the worker, so the WASM is compiled and ready.
  await window.__benchPagefind.filters();
}

/** Runs in the page: types the query into the site's search box and waits for the first result to render. */
function uiQuery(term) {
  return new Promise((resolve) => {
    const input = document.querySelector('pagefind-input input');
    const results = document.querySelector('pagefind-results');
    if (!input || !results) return resolve({ error: 'no search box on /search/' });
    const started = performance.now();
    const firstResult = () => results.querySelector('.pf-result a, li a');
    const observer = new MutationObserver(() => {
      const link = firstResult();
      if (!link) return;
      observer.disconnect();
      clearTimeout(limit);
      resolve({ firstMs: performance.now() - started, firstUrl: new URL(link.href).pathname });
    });
    const limit = setTimeout(() => {
      observer.disconnect();
      resolve({ error: 'no result within 10 s' });
    }, 10_000);
    observer.observe(results, { childList: true, subtree: true });
    input.value = term;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function inContext(browser, dist, run) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const tracker = trackRequests(context, dist);
    return await run(page, tracker);
  } finally {
    await context.close();
  }
}

async function measureApi(browser, url, dist, term, warm) {
  return inContext(browser, dist, async (page, tracker) => {
    // The header's search UI must not load Pagefind on its own and blur the count.
    await page.route('**/pagefind/pagefind-component-ui.js', (route) => route.abort());
    await page.goto(`${url}/`, { waitUntil: 'load' });
    if (warm) await page.evaluate(warmUp);
    await tracker.settle();
    tracker.reset();
    const result = await page.evaluate(apiQuery, { term, warm });
    await tracker.settle();
    return { ...result, ...tracker.sums };
  });
}

async function measureUi(browser, url, dist, term) {
  return inContext(browser, dist, async (page, tracker) => {
    await page.goto(`${url}/search/`, { waitUntil: 'load' });
    try {
      await page.waitForSelector('pagefind-input input', { timeout: 15_000 });
    } catch {
      return { error: 'the search box never appeared' };
    }
    await tracker.settle();
    tracker.reset();
    const result = await page.evaluate(uiQuery, term);
    await tracker.settle();
    return { ...result, ...tracker.sums };
  });
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the served build
 * @param {string} dist the build on disk, for response sizes
 * @param {{ text: string }[]} queries
 */
export async function measureQueries(browser, url, dist, queries) {
  const rows = [];
  for (const query of queries) {
    rows.push({
      ...query,
      cold: await measureApi(browser, url, dist, query.text, false),
      warm: await repeated(() => measureApi(browser, url, dist, query.text, true)),
      ui: await repeated(() => measureUi(browser, url, dist, query.text).catch((error) => ({ error: error.message }))),
    });
  }
  return rows;
}

/**
 * Times are the median of a few runs: on a busy 2-core machine one run can be
 * slowed by anything else running. Transfer is the same every run.
 */
const REPEATS = 3;
async function repeated(run) {
  const runs = [];
  for (let i = 0; i < REPEATS; i++) runs.push(await run());
  const failed = runs.find((r) => r.error);
  if (failed) return failed;
  const times = runs.map((r) => r.firstMs).sort((a, b) => a - b);
  return { ...runs[0], firstMs: times[Math.floor(times.length / 2)], times };
}
