// Scale: the site at 1,000 and 10,000 synthetic companies (tests/support/synthetic-directory.ts).
// For each: generate, run the real `astro build` (Pagefind indexing included),
// measure time, memory and sizes, then serve the build on 127.0.0.1 and time
// 20 queries in headless Chromium. Prints the figures beside the targets of
// issues 6 and 12. `BENCH_SCALES=1000` runs one scale only (for a quick look);
// `BENCH_SEARCH=0` measures the build alone (the queries take minutes on a busy machine).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveDist } from '../../tests/support/static-server.ts';
import { writeSyntheticDirectory } from '../../tests/support/synthetic-directory.ts';
import { runBuild } from './_build-run.mjs';
import { benchQueries } from './_queries.mjs';
import { measureQueries } from './_search-run.mjs';
import { printQueries, printSummary } from './_scale-report.mjs';

const SCALES = (process.env.BENCH_SCALES ?? '1000,10000').split(',').map(Number);
const SEARCH = process.env.BENCH_SEARCH !== '0';
const BUILD_TIMEOUT_MS = 20 * 60_000;

// The work folder lives inside the project (tests/.tmp/ is ignored by git and
// tsconfig), not in /tmp: with an outDir outside the project Astro writes its
// server chunks to <project>/.astro/.prerender/, which every such build shares
// (two at once break each other), and those chunks must resolve the project's
// node_modules, so they cannot move to /tmp either.
mkdirSync('tests/.tmp', { recursive: true });
const work = resolve(mkdtempSync('tests/.tmp/bench-scale-'));
const cleanUp = () => rmSync(work, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? (entry.name === '.prerender' ? [] : walk(join(dir, entry.name))) : [join(dir, entry.name)],
  );
}
const bytes = (files) => files.reduce((sum, file) => sum + statSync(file).size, 0);
// Pagefind's UI bundles are shipped whether or not they are used: the index is the rest.
const UI_ASSET = /\/pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

async function runScale(count, browser) {
  const contentDir = join(work, `content-${count}`);
  const outDir = join(work, `dist-${count}`);
  const generated = performance.now();
  const directory = writeSyntheticDirectory(contentDir, count);
  const generateSeconds = (performance.now() - generated) / 1000;
  console.log(`${count}: generated in ${generateSeconds.toFixed(1)} s; building…`);

  // The machine is shared: the load around the build says how far to trust its times.
  const loadBefore = loadavg()[0];
  const build = await runBuild({ contentDir, cacheDir: join(work, `cache-${count}`), outDir, timeoutMs: BUILD_TIMEOUT_MS });
  const loadAfter = loadavg()[0];
  if (!build.ok) {
    console.error(`${count}: the build failed after ${build.seconds.toFixed(1)} s:\n${build.output.split('\n').slice(-40).join('\n')}`);
    return { count, failed: true, seconds: build.seconds };
  }
  const files = walk(outDir);
  const pagefindFiles = files.filter((f) => f.startsWith(join(outDir, 'pagefind') + '/'));
  const index = pagefindFiles.filter((f) => !UI_ASSET.test(f));
  const sizes = {
    pages: files.filter((f) => f.endsWith('.html')).length,
    // Endpoints render too (a .vcf per company, data exports): the build's other work.
    endpointFiles: files.filter((f) => !f.endsWith('.html') && !/\/(pagefind|_astro)\//.test(f.slice(outDir.length))).length,
    distBytes: bytes(files),
    indexBytes: bytes(index),
    indexFiles: index.length,
  };
  console.log(`${count}: built ${sizes.pages} pages in ${build.seconds.toFixed(1)} s${SEARCH ? '; searching…' : ''}`);

  let rows;
  if (SEARCH) {
    const queries = benchQueries(directory.companies);
    const server = await serveDist(outDir);
    try {
      rows = await measureQueries(browser, server.url, outDir, queries);
    } finally {
      await server.close();
    }
  }
  // Each build is hundreds of megabytes at 10,000: drop it before the next.
  rmSync(outDir, { recursive: true, force: true });
  rmSync(contentDir, { recursive: true, force: true });
  return { count, generateSeconds, loadBefore, loadAfter, ...build, output: undefined, ...sizes, rows };
}

const results = [];
let browser;
try {
  if (SEARCH) browser = await launchBrowser();
  for (const count of SCALES) results.push(await runScale(count, browser));
} finally {
  await browser?.close();
  cleanUp();
}
console.log('\nThis machine has 2 cores; a load above 2 means other work competed with the bench and slowed every time below.');
printSummary(results);
for (const result of results) if (!result.failed && result.rows) printQueries(result);
process.exit(results.some((r) => r.failed) ? 1 : 0);
