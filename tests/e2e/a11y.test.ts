/**
 * Accessibility on every built page: axe-core with the WCAG 2.2 AA rules, in light
 * and dark mode, at 1280 px and at 320 px wide; and no sideways scrolling at 320 px.
 * One test per page: a single page load, audited in each mode in turn (the
 * viewport and colour scheme change in place; a page load is the costly part).
 */
import { A11Y_MODES, axeViolations, enterMode } from '../support/axe';
import { builtPages } from '../support/dist';
import { describe, expect, test } from '../support/fixtures';

const paths = [...builtPages().filter((p) => p.path !== '/404.html').map((p) => p.path), '/no-such-page/'];

// Four audits of one page: more than the project's minute on a busy machine.
test.for(paths)('%s has no WCAG 2.2 AA violation in light or dark, wide or narrow', { timeout: 180_000 }, async (path, { visit }) => {
  const page = await visit(path, { status: path === '/no-such-page/' ? 404 : 200 });
  const found: string[] = [];
  for (const mode of A11Y_MODES) {
    await enterMode(page, mode);
    const where = `${mode.colorScheme} ${mode.width}px`;
    found.push(...(await axeViolations(page)).map((v) => `${where}: ${v}`));
    if (mode.width === 320) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) found.push(`${where}: the page scrolls sideways by ${overflow}px`);
    }
  }
  expect(found).toEqual([]);
});
