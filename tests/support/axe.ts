/**
 * One accessibility standard for every browser test: axe-core with the WCAG 2.2 AA rules.
 *
 * axe runs in the page itself, injected once per document. @axe-core/playwright's
 * AxeBuilder was 6 to 10 times slower per audit (2 to 3.5 s against 0.35 s on a
 * company page): each call injects axe again, runs it in parts, opens a blank page
 * to finish the run and returns every passing node too. The site has no frames,
 * so the top document is the whole page; an audit refuses a page with a frame
 * rather than silently skipping it.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
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

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  nodes: { target: string[] }[];
}

/** axe's WCAG 2.2 AA violations on the page (or inside `include`), one line each: rule and elements. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  if (page.frames().length > 1) throw new Error(`${page.url()} has a frame, which this audit does not reach`);
  // Injected through the DevTools protocol, which the page's CSP does not govern; once per document.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ include, tags }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> } }).axe;
      const { violations } = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    },
    { include, tags: WCAG_22_AA },
  );
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
