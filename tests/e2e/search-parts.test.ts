/**
 * The site built in two parts (BEYOND_NO_PART, docs/scaling.md), each with its
 * own Pagefind index, served from two origins on 127.0.0.1 as two static hosts
 * would serve them, and searched as one: part 1's Pagefind merges part 2's
 * bundle with mergeIndex. Each part is a real `astro build` of the real content.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { partOfCompany } from '../../src/data/parts';
import { launchBrowser } from '../support/browser';
import { PageErrors } from '../support/fixtures';
import { readCollection, type CompanyData } from '../support/content';
import { projectTempDir } from '../support/fixture-build';
import { serveDist, type RunningServer } from '../support/static-server';

/** A fresh page whose console errors and page errors are collected. This file serves its own two origins, so it does not use the shared `visit` fixture. */
async function openPage(on: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await (await on.newContext()).newPage();
  const errors = new PageErrors();
  errors.watch(page);
  return { page, errors: errors.seen };
}

const BUILD_TIMEOUT_MS = 8 * 60_000;
const companies = readCollection<CompanyData>('companies');
const inPart = (index: number) => companies.filter((c) => partOfCompany(c.id, 2) === index);

let work: string;
let browser: Browser | undefined;
const servers: RunningServer[] = [];
let part1: { url: string; dist: string };
let part2: { url: string; dist: string };

/** The real build of one part, into `outDir`, with its own content cache. */
function buildPart(index: number, outDir: string, searchOrigins: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env: {
        ...process.env,
        BEYOND_NO_PART: `${index}/2`,
        BEYOND_NO_SEARCH_ORIGINS: searchOrigins,
        BEYOND_NO_CACHE_DIR: join(work, `cache-${index}`),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`part ${index} failed to build:\n${output.slice(-4000)}`))));
  });
}

/** A port nothing listens on now, so part 1's origin is known before part 2 is built to allow it. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

beforeAll(async () => {
  work = projectTempDir('parts');
  const port1 = await freePort();
  const origin1 = `http://127.0.0.1:${port1}`;
  // Part 2 lets part 1's origin read its index (CORS); part 1 lets its pages fetch from part 2 (CSP).
  const dist2 = join(work, 'part-2');
  await buildPart(2, dist2, origin1);
  const server2 = await serveDist(dist2);
  servers.push(server2);
  const dist1 = join(work, 'part-1');
  await buildPart(1, dist1, server2.url);
  const server1 = await serveDist(dist1, { port: port1 });
  servers.push(server1);
  part1 = { url: server1.url, dist: dist1 };
  part2 = { url: server2.url, dist: dist2 };
  browser = await launchBrowser();
}, 2 * BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Found {
  url: string;
  title: string;
}

/**
 * Runs queries through part 1's own Pagefind, with part 2's bundle merged in or
 * not. An empty query asks for every company page (the "Type" filter alone).
 * The browser code is a string: the test file is transformed for Node, and
 * a dynamic import() inside a function handed to the page would be rewritten.
 */
async function search(page: Page, queries: string[], merge: boolean): Promise<Found[][]> {
  await page.goto(`${part1.url}/`);
  const args = JSON.stringify({ queries, merge, bundle: `${part2.url}/pagefind-part-2/` });
  return page.evaluate(`(async ({ queries, merge, bundle }) => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({});
    if (merge) await pagefind.mergeIndex(bundle);
    const answers = [];
    for (const query of queries) {
      const { results } = query ? await pagefind.search(query) : await pagefind.search(null, { filters: { Type: 'Company' } });
      const data = await Promise.all(results.map((r) => r.data()));
      answers.push(data.map((d) => ({ url: d.url, title: d.meta.title })));
    }
    return answers;
  })(${args})`);
}

describe('two parts built apart', () => {
  test('split the real companies between them, each page in exactly one part', () => {
    expect(inPart(1).length).toBeGreaterThan(0);
    expect(inPart(2).length).toBeGreaterThan(0);
    for (const company of companies) {
      const mine = partOfCompany(company.id, 2) === 1 ? part1.dist : part2.dist;
      const other = mine === part1.dist ? part2.dist : part1.dist;
      expect(existsSync(join(mine, 'companies', company.id, 'index.html')), company.id).toBe(true);
      expect(existsSync(join(other, 'companies', company.id, 'index.html')), company.id).toBe(false);
    }
    expect(existsSync(join(part1.dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(part2.dist, 'pagefind-part-2/pagefind-entry.json'))).toBe(true);
    // Part 2 indexes only its company pages: the shared pages are found through part 1 alone.
    expect(existsSync(join(part2.dist, 'pagefind'))).toBe(false);
  });

  // Pagefind's own search, as the parts merge it: which part answers, from which host. Ranking is the
  // site's search engine's job above it (search-quality.test.ts), so a name is looked for in the results.
  test("part 1's search alone knows only its own companies", async () => {
    const { page, errors } = await openPage(browser!);
    try {
      const names = companies.map((c) => c.data.name);
      const answers = await search(page, names, false);
      companies.forEach((company, i) => {
        const urls = answers[i]!.map((a) => a.url);
        if (partOfCompany(company.id, 2) === 1) expect(urls, company.id).toContain(`/companies/${company.id}/`);
        else expect(urls, company.id).not.toContain(`/companies/${company.id}/`);
      });
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test('merged with mergeIndex, one search answers from both parts, each result linking to its own host', async () => {
    const { page, errors } = await openPage(browser!);
    try {
      const names = companies.map((c) => c.data.name);
      // Every company of both parts, by the type filter: a query both parts answer.
      const answers = await search(page, [...names, '', 'billing inquiries'], true);
      companies.forEach((company, i) => {
        const host = partOfCompany(company.id, 2) === 1 ? '' : part2.url;
        const own = answers[i]!.filter((a) => a.url.endsWith(`/companies/${company.id}/`));
        // Found once, from its own part's host, with its name.
        expect(own, company.id).toEqual([{ url: `${host}/companies/${company.id}/`, title: company.data.name }]);
      });
      const both = answers[names.length]!.map((a) => a.url);
      expect(both.filter((url) => url.startsWith(`${part2.url}/companies/`)).length).toBe(inPart(2).length);
      expect(both.filter((url) => url.startsWith('/companies/')).length).toBe(inPart(1).length);
      // A tactic lives in part 1 only, and is found once.
      expect(answers[names.length + 1]!.filter((a) => a.url === '/tactics/threaten-a-chargeback/')).toHaveLength(1);
      // No CSP or CORS refusal on the way.
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
