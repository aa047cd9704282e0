/**
 * The case builder for everyone: no accessibility violations (axe, WCAG 2.2 AA)
 * at 1280 and 320 px in light and dark, every control labelled and reachable by
 * keyboard with a visible focus, nothing wider than a phone, a print view of
 * the whole case, a working copy button, and markup ready for a strict CSP.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { describe, expect, test as base } from '../support/fixtures';
import { useStrings } from '../../src/i18n/ui';
import { FACT_FIELDS } from '../../src/lib/case/model';
import { TEXTS } from '../../src/lib/case/texts';
import { filledCase } from '../unit/case/fixtures';

const { t } = useStrings();
const sample = filledCase();

/** `filledPage()`: /case/ with every fact and one contact filled in, in the test's page. */
const test = base.extend('filledPage', async ({ page, visit }) => () => fill(page, visit));
test.override('contextOptions', { viewport: { width: 1280, height: 900 }, colorScheme: 'light' } satisfies BrowserContextOptions);

async function fill(page: Page, visit: (path: string) => Promise<Page>): Promise<Page> {
  page.on('dialog', (dialog) => void dialog.accept());
  await visit('/case/');
  await page.locator('#case-app').waitFor({ state: 'visible' });
  for (const field of FACT_FIELDS) await page.locator(`#case-f-${field}`).fill(sample.facts[field]);
  await page.getByRole('button', { name: t('case.log.add') }).click();
  await page.locator('#case-log-entries [data-log-field="who"]').fill('Dana (agent 4471)');
  await page.locator('#case-log-entries [data-log-field="promisedBy"]').fill('2024-03-05');
  return page;
}

describe.each([
  [1280, 'light'],
  [320, 'light'],
  [1280, 'dark'],
  [320, 'dark'],
] as const)('at %i px in %s mode', (width, colorScheme) => {
  test.override('contextOptions', { viewport: { width, height: 900 }, colorScheme });

  test('axe finds no WCAG 2.2 AA violation, and nothing is wider than the screen', async ({ filledPage }) => {
    const page = await filledPage();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // A filled case and a full audit: more than the project's minute on a busy machine.
  }, 180_000);
});

test('every control is labelled, and the generated texts are named outputs', async ({ filledPage }) => {
  const page = await filledPage();
  const unlabelled = await page.locator('#case-app input, #case-app select, #case-app textarea').evaluateAll((controls) =>
    controls.filter((c) => (c as HTMLInputElement).labels?.length === 0 && !c.getAttribute('aria-label')).map((c) => c.outerHTML),
  );
  expect(unlabelled).toEqual([]);
  for (const { id } of TEXTS) {
    const output = page.locator(`output#case-text-${id}`);
    expect(await output.count(), id).toBe(1);
    const labelledBy = await output.getAttribute('aria-labelledby');
    expect(await page.locator(`#${labelledBy}`).textContent(), id).toBeTruthy();
  }
});

test('the keyboard reaches every control in order, with a visible focus, and adds a contact', async ({ filledPage }) => {
  const page = await filledPage();
  await page.locator('#case-select').focus();
  const reached: string[] = [];
  for (let i = 0; i < 250; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { id: el.id, outline: getComputedStyle(el).outlineStyle, inApp: Boolean(el.closest('#case-app')) };
    });
    if (!focused.inApp) break;
    if (focused.id) reached.push(focused.id);
    expect(focused.outline, focused.id).not.toBe('none');
  }
  for (const field of FACT_FIELDS) expect(reached, field).toContain(`case-f-${field}`);
  for (const id of ['case-name', 'case-new', 'case-export', 'case-import', 'case-print-button', 'case-delete', 'case-log-add']) expect(reached).toContain(id);
  // Form order follows "gather the facts".
  const order = ['companyName', 'summary', 'whatHappened', 'incidentDate', 'amount', 'orderNumber', 'evidence', 'stepsTaken', 'outcome', 'whyReasonable'].map((f) =>
    reached.indexOf(`case-f-${f}`),
  );
  expect(order).toEqual([...order].sort((x, y) => x - y));

  await page.locator('#case-log-add').focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-log-field'))).toBe('date');
  expect(await page.locator('#case-log-entries > fieldset').count()).toBe(2);
});

test('the print view holds the whole case, and only it is printed', async ({ filledPage }) => {
  const page = await filledPage();
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: t('case.cases.print') }).click();
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('#case-app').isVisible()).toBe(false);
  const print = page.locator('#case-print');
  expect(await print.isVisible()).toBe(true);
  const text = (await print.textContent()) ?? '';
  for (const fact of [sample.facts.whatHappened, sample.facts.cardAccount, sample.facts.part, '20 February 2024', 'Dana (agent 4471)']) expect(text, fact).toContain(fact);
  for (const heading of ['case.plan.heading', 'case.dispute.heading', 'case.warranty.heading', 'case.exec.heading', 'case.social.heading'] as const) {
    expect(text).toContain(t(heading));
  }
  expect(text).toContain('16 CFR 700.10(b)');
  await page.emulateMedia({ media: 'screen' });
  expect(await print.isVisible()).toBe(false);
});

describe('with the clipboard allowed', () => {
  test.override('contextOptions', { viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });

  test('the copy button puts the text on the clipboard', async ({ filledPage }) => {
    const page = await filledPage();
  await page.locator('[data-copy="case-text-dispute"]').click();
    await expect.poll(() => page.locator('#case-status').textContent()).toBe(t('case.status.copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#case-text-dispute').textContent());
  });
});

test('the page is ready for a strict Content Security Policy: no inline script, handler or style', async ({ filledPage }) => {
  const html = readFileSync(join(process.env.BEYOND_NO_DIST ?? 'dist', 'case/index.html'), 'utf8');
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]!.trim());
  expect(inlineScripts.filter((attrs) => !/type="(application\/json|text\/pagefind-template)"/.test(attrs))).toEqual([]);
  expect(html).not.toMatch(/\sstyle=/);
  expect(html).not.toMatch(/\son[a-z]+=/i);
  const page = await filledPage();
  expect(await page.locator('main [style]').count()).toBe(0);
});

describe('without JavaScript', () => {
  test.override('contextOptions', { javaScriptEnabled: false });

  test('the page says the builder needs it and shows no dead form', async ({ visit }) => {
    const page = await visit('/case/');
    await expect.poll(() => page.locator('main .callout--warn').textContent()).toContain(t('case.noscript'));
    expect(await page.locator('main .callout--warn a[href="/tactics/gather-the-facts/"]').count()).toBe(1);
    expect(await page.locator('#case-app').isVisible()).toBe(false);
  });
});
