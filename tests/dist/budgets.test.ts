/**
 * Page-weight budgets, gzipped, checked against the built files. Starlight holds
 * 7 kB HTML, 27 kB JS and 16.75 kB CSS per page; we aim under it: HTML at most
 * 6 kB on the median page and 12 kB on any, CSS at most 8 kB, and on reading
 * pages at most 2 kB of JavaScript before the reader opens search or a tool.
 */
import { expect, test } from 'vitest';
import { builtPages, DIST } from '../support/dist';
import { pageWeight } from '../support/page-weight';

const KB = 1024;
/** Pages that are tools rather than reading: their scripts are the point of the page. */
const TOOL_PAGES = new Set(['/search/', '/lookup/', '/case/']);
/** The page's path without its language prefix: "/he/case/" → "/case/". */
const unprefixed = (path: string) => path.replace(/^\/(he|nb)\//, '/');
const weights = builtPages().map((page) => ({ ...page, ...pageWeight(DIST, page.file), lang: /^\/(he|nb)\//.exec(page.path)?.[1] ?? 'en' }));

test.each(['en', 'he', 'nb'])('in %s, the median page has at most 6 kB of HTML and no page more than 12 kB', (lang) => {
  const own = weights.filter((w) => w.lang === lang);
  expect(own.length).toBeGreaterThan(100);
  const sizes = own.map((w) => w.html).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)]!;
  expect(median).toBeLessThanOrEqual(6 * KB);
  expect(own.filter((w) => w.html > 12 * KB).map((w) => `${w.path}: ${w.html} B`)).toEqual([]);
});

test('no page links more than 8 kB of CSS', () => {
  expect(weights.filter((w) => w.css > 8 * KB).map((w) => `${w.path}: ${w.css} B (${w.cssFiles.join(', ')})`)).toEqual([]);
});

test('reading pages load at most 2 kB of JavaScript before search or a tool is opened', () => {
  const reading = weights.filter((w) => !TOOL_PAGES.has(unprefixed(w.path)));
  expect(reading.length).toBeGreaterThan(20);
  expect(reading.filter((w) => w.js > 2 * KB).map((w) => `${w.path}: ${w.js} B (${w.jsFiles.join(', ')})`)).toEqual([]);
});
