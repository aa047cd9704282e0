/**
 * The browser tests' fixtures, so no test file manages Chromium itself:
 *
 *   browser      one Chromium per test file, launched when the file first needs
 *                it and closed after its last test;
 *   page         a page in a fresh context (its own storage and cache) for each
 *                test, with `contextOptions` (override them per file or
 *                describe with `test.override('contextOptions', …)`);
 *   newContext   more contexts when a test needs them (two tabs, a second browser);
 *   visit        opens a path of the served site in `page` and checks its status;
 *   errors       every console error and uncaught page error of every page the
 *                test opened.
 *
 * Whatever happens in the test, every context it opened is closed afterwards,
 * and then the test fails if any page logged an error it did not declare with
 * `errors.allow(pattern)`.
 */
import { describe, expect, inject, test as base } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser';

/** The longest any single browser wait (a locator, a navigation, a function) may take: under the e2e test timeout. */
export const BROWSER_WAIT_MS = 100_000;

/** The address the e2e project's global setup serves dist/ on. */
export const baseUrl = inject('baseUrl');

export class PageErrors {
  /** Each error as "<message> (at <url>)". */
  readonly seen: string[] = [];
  private readonly allowed: RegExp[] = [];

  /** Lets errors matching the pattern pass: for a test that provokes them on purpose. */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  unexpected(): string[] {
    return this.seen.filter((error) => !this.allowed.some((pattern) => pattern.test(error)));
  }

  watch(page: Page): void {
    page.on('console', (message) => {
      if (message.type() === 'error') this.seen.push(`${message.text()} (at ${message.location().url || page.url()})`);
    });
    page.on('pageerror', (error) => this.seen.push(`${error.message} (at ${page.url()})`));
  }
}

export interface VisitOptions {
  /** The HTTP status the page must be served with (default 200). */
  status?: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const test = base
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('contextOptions', {} as BrowserContextOptions)
  .extend('errors', async ({}, { onCleanup }) => {
    const errors = new PageErrors();
    // Runs after every context is closed (fixtures are torn down in reverse), so it fails the test last.
    onCleanup(() => {
      const unexpected = errors.unexpected();
      if (unexpected.length > 0) throw new Error(`The page logged ${unexpected.length} unexpected error(s):\n  ${unexpected.join('\n  ')}`);
    });
    return errors;
  })
  .extend('newContext', async ({ browser, contextOptions, errors }, { onCleanup }) => {
    const contexts: BrowserContext[] = [];
    onCleanup(() => Promise.all(contexts.map((context) => context.close())).then(() => undefined));
    return async (options: BrowserContextOptions = contextOptions): Promise<BrowserContext> => {
      const context = await browser.newContext(options);
      // A wait ends when what it waits for is there; this is only its bound. Playwright's 30 s was too short
      // on a loaded two-core machine (a filter pane once took longer to draw), so waits get most of a test's time.
      context.setDefaultTimeout(BROWSER_WAIT_MS);
      contexts.push(context);
      context.on('page', (page) => errors.watch(page));
      return context;
    };
  })
  .extend('page', async ({ newContext }) => (await newContext()).newPage())
  .extend('visit', async ({ page, errors }) => {
    return async (path: string, { status = 200 }: VisitOptions = {}): Promise<Page> => {
      const url = `${baseUrl}${path}`;
      // Chromium logs a document served with an error status as a console error of its own.
      if (status >= 400) errors.allow(new RegExp(`status of ${status} .*\\(at ${escape(url)}\\)$`));
      const response = await page.goto(url);
      expect(response?.status(), path).toBe(status);
      return page;
    };
  });

export { describe, expect };
