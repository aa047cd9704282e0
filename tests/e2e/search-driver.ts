/**
 * Drives the real search UI in Chromium for the search tests: types a query
 * into a search box and reads back what the reader sees, in order: the phone
 * look-up's answer (when the query is a number), then Pagefind's results.
 */
import type { Page } from 'playwright-core';

export interface ShownResult {
  path: string;
  type: string;
  summary: string;
  contact: string;
}

export interface ShownSearch {
  /** Every page the reader is offered, in order, the look-up's companies first. */
  paths: string[];
  /** The look-up answer's cards: status and company id. */
  lookup: { status: string; company: string }[];
  results: ShownResult[];
}

/** The search box of a scope: the search page's main, or the header's dialog. */
export type Scope = 'main' | 'pagefind-modal';

/**
 * Types the query and waits until the summary, the results and the look-up
 * answer all belong to it (every result in the top three filled in).
 */
export async function searchFor(page: Page, query: string, scope: Scope = 'main'): Promise<ShownSearch> {
  const input = page.locator(`${scope} pagefind-input input`);
  // Typing the query that is already there (from ?q=) would start a second search that
  // re-renders the results while they are being read.
  if ((await input.inputValue()) !== query) await input.fill(query);
  await page.waitForFunction(
    ({ query, scope }) => {
      const root = document.querySelector<HTMLElement>(scope);
      if (!root) return false;
      // The site's search marks which query its answers (look-up, notes) belong to.
      const answered = root.querySelector<HTMLElement>('[data-search-answers]');
      if (answered?.dataset.searchDone !== query) return false;
      // "3 results for …" in the page's language (a count beside the query), or "No results for …";
      // not "Searching for …", which has no count ("Søker etter …" in Norwegian).
      const summary = (root.querySelector('pagefind-summary')?.textContent ?? '').trim();
      if (!summary.includes(query.trim())) return false;
      // The count, as digits; Hebrew writes one result in words ("נמצאה תוצאה אחת"), so then the items count.
      const items = root.querySelectorAll('pagefind-results li.pf-result').length;
      const count = /\d+/.exec(summary.replace(query.trim(), ''))?.[0] ?? (items > 0 ? String(items) : undefined);
      // With no count and no item, the summary says "no results" (in any language) or "searching" (then it ends in the query).
      if (count === undefined && !/[^\d]$/.test(summary.replace(query.trim(), '').trim())) return false;
      const done = [summary, count] as const;
      // Pagefind fills results in as their data arrives, not in rank order, and only once they are
      // in view: scroll to them as a reader would (the look-up's answer may have pushed them down),
      // and wait for the top three.
      const top = [...root.querySelectorAll('pagefind-results li.pf-result')].slice(0, Math.min(3, Number(done[1] ?? 0)));
      const ready = top.length === Math.min(3, Number(done[1] ?? 0)) && top.every((item) => item.querySelector('a.pf-result-link'));
      if (!ready) top.find((item) => !item.querySelector('a.pf-result-link'))?.scrollIntoView({ block: 'nearest' });
      return ready;
    },
    { query, scope },
  );
  return page.evaluate((scope) => {
    const root = document.querySelector(scope)!;
    const pathOf = (href: string | null) => (href ? new URL(href, location.href).pathname : '');
    const lookup = [...root.querySelectorAll<HTMLElement>('[data-search-lookup] [data-status]')].map((card) => ({
      status: card.dataset.status ?? '',
      company: card.dataset.company ?? '',
    }));
    // Results below the fold may not be filled in yet: they keep their place with an empty path.
    const results = [...root.querySelectorAll('pagefind-results li.pf-result')].map((item) => ({
        path: pathOf(item.querySelector('a.pf-result-link')?.getAttribute('href') ?? null),
        type: item.querySelector('.result-type')?.textContent?.trim() ?? '',
        summary: item.querySelector('.result-summary')?.textContent?.trim() ?? '',
        contact: item.querySelector('[data-result-contact]')?.textContent?.trim() ?? '',
      }));
    const lookupPaths = [...root.querySelectorAll<HTMLAnchorElement>('[data-search-lookup] [data-company] .lookup-card__links a:first-child')].map(
      (a) => pathOf(a.getAttribute('href')),
    );
    const paths = [...lookupPaths, ...results.map((r) => r.path)].filter((path, i, all) => !path || all.indexOf(path) === i);
    return { paths, lookup, results };
  }, scope);
}

/** Opens /search/ and waits for its search box. */
export async function openSearchPage(page: Page, baseUrl: string, query?: string): Promise<void> {
  await page.goto(`${baseUrl}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  await page.locator('main pagefind-input input').waitFor();
}
