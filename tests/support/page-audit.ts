/**
 * The accessibility audit of one built page, shared by the two a11y test files
 * (split so that two workers audit at once): one page load, axe in each mode in
 * turn (viewport and colour scheme changed in place), and no sideways scrolling
 * at 320 px.
 */
import type { Page } from 'playwright-core';
import { A11Y_MODES, axeViolations, enterMode } from './axe';
import { builtPages } from './dist';

/** Missing addresses, one per language: each gets its language's "not found" page, as served. */
export const MISSING_PATHS = ['/no-such-page/', '/he/no-such-page/', '/nb/no-such-page/'];
/** Every page a reader can reach, in every language, and the missing ones. */
export const AUDITED_PATHS = [...builtPages().filter((p) => !/^\/((he|nb)\/)?404(\.html|\/)$/.test(p.path)).map((p) => p.path), ...MISSING_PATHS];

export const isCompanyPage = (path: string) => /^\/((he|nb)\/)?companies\/[^/]+\/$/.test(path);

/** Each violation as "<mode>: <rule>: <elements>". */
export async function auditInEveryMode(page: Page): Promise<string[]> {
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
  return found;
}
