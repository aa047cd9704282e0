/**
 * The header's search on every page: Pagefind's UI loads only when asked for
 * (a reading page ships at most 2 kB of JavaScript, gzipped as a host sends it,
 * the measure tests/dist/budgets.test.ts uses too), Ctrl/Cmd+K opens it, the
 * arrow keys and Enter move through results, Escape closes it; the button is a
 * labelled, keyboard-reachable button. (That its markup needs no inline
 * script, handler or style is checked on the built files: tests/dist/search-markup.test.ts.)
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { baseUrl, describe, expect, test as base } from '../support/fixtures';
import { searchFor } from './search-driver';

const READING_PAGES = ['/', '/tactics/stay-calm/', '/companies/expedia/', '/companies/', '/lookup/'];
const JS_BUDGET = 2 * 1024;

/** The scripts a page fetched, with their gzipped sizes, and every request for Pagefind's files. */
interface Fetched {
  scripts: Map<string, number>;
  pagefind: string[];
}

/** `open(path)` loads a page of the site in the test's page, recording what it fetches, and waits until the network is idle. */
const test = base.extend('open', async ({ page, visit }) => {
  return async (path: string): Promise<Fetched> => {
    const fetched: Fetched = { scripts: new Map(), pagefind: [] };
    // Reading a body is asynchronous: on a busy machine it can finish after the
    // network is idle, so each read is kept and awaited before the sizes are returned.
    const reads: Promise<void>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/pagefind/')) fetched.pagefind.push(url.pathname);
      if (response.request().resourceType() !== 'script') return;
      reads.push(
        response.body().then(
          (body) => void fetched.scripts.set(url.pathname, gzipSync(body, { level: 9 }).length),
          // The body may be gone once the test has ended and the page closed.
          () => undefined,
        ),
      );
    });
    await visit(path);
    await page.waitForLoadState('networkidle');
    await Promise.all(reads);
    return fetched;
  };
});

const dialogOpen = (page: Page) => page.locator('pagefind-modal dialog[open]');
const activeElement = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase(), href: el?.getAttribute('href'), inDialog: Boolean(el?.closest('pagefind-modal')) };
  });

describe.each(READING_PAGES.filter((p) => p !== '/lookup/'))('a reading page, %s', (path) => {
  test(`ships at most ${JS_BUDGET} bytes of JavaScript (gzipped) and no Pagefind until search is opened`, async ({ open }) => {
    const { scripts, pagefind } = await open(path);
    const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
    expect(total, JSON.stringify([...scripts])).toBeLessThanOrEqual(JS_BUDGET);
    expect(total).toBeGreaterThan(0); // The button's script did load.
    expect(pagefind).toEqual([]);
  });
});

describe.each(READING_PAGES)('Ctrl/Cmd+K on %s', (path) => {
  test('opens the search dialog with the search box focused; Escape closes it', async ({ open, page }) => {
    const { pagefind } = await open(path);
    await page.keyboard.press('Control+k');
    await dialogOpen(page).waitFor();
    expect(pagefind).toContain('/pagefind/pagefind-component-ui.js');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('pagefind-modal input'))).toBe(true);
    await page.keyboard.press('Escape');
    await dialogOpen(page).waitFor({ state: 'detached' });
    await page.keyboard.press('Meta+k');
    await dialogOpen(page).waitFor();
  });
});

test('arrow keys move through the results and Enter opens the chosen one', async ({ open, page }) => {
  await open('/tactics/stay-calm/');
  await page.keyboard.press('Control+k');
  await dialogOpen(page).waitFor();
  const shown = await searchFor(page, 'expedia', 'pagefind-modal');
  expect(shown.results.length).toBeGreaterThanOrEqual(3);
  await page.locator('pagefind-modal pagefind-input input').press('ArrowDown');
  await expect(activeElement(page)).resolves.toMatchObject({ tag: 'a', href: shown.results[0]!.path, inDialog: true });
  await page.keyboard.press('ArrowDown');
  await expect(activeElement(page)).resolves.toMatchObject({ tag: 'a', href: shown.results[1]!.path });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(activeElement(page)).resolves.toMatchObject({ tag: 'a', href: shown.results[1]!.path });
  await Promise.all([page.waitForURL(`${baseUrl}${shown.results[1]!.path}`), page.keyboard.press('Enter')]);
});

test('the button is a labelled button that the keyboard reaches and opens; focus returns to it on close', async ({ open, page }) => {
  const { pagefind } = await open('/companies/expedia/');
  const button = page.getByRole('button', { name: /^Search/ });
  await expect(button.count()).resolves.toBe(1);
  await expect(button.getAttribute('aria-haspopup')).resolves.toBe('dialog');
  await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
  // Reach it with Tab from the skip link, as a keyboard user would.
  let reached = false;
  for (let i = 0; i < 20 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.matches('[data-search-open]') ?? false);
  }
  expect(reached).toBe(true);
  // Focusing it is enough to start fetching Pagefind's UI.
  await expect.poll(() => pagefind.includes('/pagefind/pagefind-component-ui.js')).toBe(true);
  await page.keyboard.press('Enter');
  await dialogOpen(page).waitFor();
  await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
  await expect(page.getByRole('dialog', { name: 'Search Beyond No' }).count()).resolves.toBe(1);
  await page.keyboard.press('Escape');
  await dialogOpen(page).waitFor({ state: 'detached' });
  // Set on the dialog's "close" event, which follows Escape by a task.
  await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
  await expect.poll(() => page.evaluate(() => document.activeElement?.matches('[data-search-open]'))).toBe(true);
});

test('a number typed in the dialog is answered by the look-up, and "All results" carries the query', async ({ open, page }) => {
  await open('/');
  await page.keyboard.press('Control+k');
  await dialogOpen(page).waitFor();
  const shown = await searchFor(page, '(425) 679-7200', 'pagefind-modal');
  expect(shown.lookup).toEqual([{ status: 'superseded', company: 'expedia' }]);
  expect(shown.paths[0]).toBe('/companies/expedia/');
  const href = await page.locator('pagefind-modal [data-search-all]').getAttribute('href');
  expect(href).toBe(`/search/?q=${encodeURIComponent('(425) 679-7200')}`);
});

test('on the search page, Ctrl+K focuses the page’s own search box instead of opening the dialog', async ({ open, page }) => {
  await open('/search/');
  await page.locator('main pagefind-input input').waitFor();
  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  await expect.poll(() => page.evaluate(() => document.activeElement?.matches('main pagefind-input input'))).toBe(true);
  await expect(page.locator('pagefind-modal').count()).resolves.toBe(0);
});

describe('without JavaScript', () => {
  test.override('contextOptions', { javaScriptEnabled: false });

  test('the search button stays hidden and the header keeps its plain Search link', async ({ visit }) => {
    const page = await visit('/tactics/stay-calm/');
    await expect(page.locator('[data-search-open]').isVisible()).resolves.toBe(false);
    await expect(page.locator('header nav a[href="/search/"]').isVisible()).resolves.toBe(true);
  });
});
