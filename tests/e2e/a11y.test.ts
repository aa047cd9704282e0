/**
 * Accessibility on every built page: axe-core with the WCAG 2.2 AA rules, in light
 * and dark mode, at 1280 px and at 320 px wide; and no sideways scrolling at 320 px.
 * One test per page and mode, so each is a single page load and a single audit.
 */
import { A11Y_MODES, axeViolations, modeContext } from '../support/axe';
import { builtPages } from '../support/dist';
import { describe, expect, test } from '../support/fixtures';

const paths = [...builtPages().filter((p) => p.path !== '/404.html').map((p) => p.path), '/no-such-page/'];

describe.for(A11Y_MODES)('$colorScheme, $width px wide', (mode) => {
  test.override('contextOptions', modeContext(mode));

  test.for(paths)('%s has no WCAG 2.2 AA violation', async (path, { visit }) => {
    const page = await visit(path, { status: path === '/no-such-page/' ? 404 : 200 });
    const found = await axeViolations(page);
    if (mode.width === 320) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) found.push(`the page scrolls sideways by ${overflow}px`);
    }
    expect(found).toEqual([]);
  });
});
