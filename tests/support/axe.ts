/** One accessibility standard for every browser test: axe-core with the WCAG 2.2 AA rules. */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The colour schemes and widths every page is audited in. */
export const A11Y_MODES = [
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 1280 },
  { colorScheme: 'light', width: 320 },
  { colorScheme: 'dark', width: 320 },
] as const;
export type A11yMode = (typeof A11Y_MODES)[number];

/** The browser context a mode is audited in. */
export function modeContext(mode: A11yMode): BrowserContextOptions {
  return { colorScheme: mode.colorScheme, viewport: { width: mode.width, height: 800 } };
}

/**
 * Puts an open page into a mode: the viewport and the colour scheme change in
 * place, as when a reader turns a phone or the system turns dark, so one page
 * load serves every mode's audit.
 */
export async function enterMode(page: Page, mode: A11yMode): Promise<void> {
  await page.setViewportSize(modeContext(mode).viewport!);
  await page.emulateMedia({ colorScheme: mode.colorScheme });
}

/** axe's WCAG 2.2 AA violations on the page (or inside `include`), one line each: rule and elements. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
