/**
 * The case builder's country letters in the browser: the reader's country
 * first in each language, each letter written in its country's language (a
 * Hebrew letter right to left even on an English page), and the deadlines
 * counted as each law counts them, in the page's language, with Israel's
 * holidays from the letters file the page fetches.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from '../support/fixtures';
import { useStrings } from '../../src/i18n/ui';

/** A Friday at noon: every "today" on the page is 20 March 2026. */
const NOW = new Date('2026-03-20T12:00:00');

async function openCase(page: Page, visit: (path: string) => Promise<Page>, path: string): Promise<Page> {
  await page.clock.setFixedTime(NOW);
  await visit(path);
  await page.locator('#case-app').waitFor({ state: 'visible' });
  return page;
}

const countryOrder = (page: Page) => page.locator('.case-letters > [data-country]').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-country')));

describe('the reader’s country first', () => {
  test('each language puts its country’s letters first, and the chooser moves another up', async ({ page, visit }) => {
    await openCase(page, visit, '/he/case/');
    expect(await countryOrder(page)).toEqual(['IL', 'US', 'NO']);
    await openCase(page, visit, '/nb/case/');
    expect(await countryOrder(page)).toEqual(['NO', 'US', 'IL']);
    await openCase(page, visit, '/case/');
    expect(await countryOrder(page)).toEqual(['US', 'NO', 'IL']);
    await page.locator('#reader-country').selectOption('IL');
    await expect.poll(() => countryOrder(page)).toEqual(['IL', 'US', 'NO']);
  });
});

describe('a Norwegian reklamasjon on the Norwegian page', () => {
  test('is written in Bokmål, and its limits are counted in months and years to the same date', async ({ page, visit }) => {
    const { t } = useStrings('nb');
    await openCase(page, visit, '/nb/case/');
    const section = page.locator('[data-text="no-reklamasjon"]');
    await section.getByLabel(t('case.field.product')).fill('oppvaskmaskin');
    await section.getByLabel(t('case.field.purchaseDate')).fill('2024-03-29');
    await section.getByLabel(t('case.field.deliveryDate')).fill('2024-03-31');
    await section.getByLabel(t('case.field.faultFoundDate')).fill('2026-01-31');
    const letter = page.locator('#case-text-no-reklamasjon');
    await expect.poll(() => letter.textContent()).toContain('Reklamasjon på oppvaskmaskin');
    expect(await letter.getAttribute('lang')).toBe('nb');
    // Two months after 31 January 2026 is 31 March; two years after 31 March 2024 is 31 March 2026: 11 days from the 20th.
    const box = page.locator('#case-deadline-no-reklamasjon');
    await expect.poll(() => box.getAttribute('data-status')).toBe('near');
    const said = (await page.locator('#case-deadline-no-reklamasjon-text').textContent()) ?? '';
    expect(said).toContain('31. mars 2026');
    expect(said).toContain('11 dager');
    expect(said).toContain('31. mars 2029');
    // The § 18 presumption: bought after 1 January 2024, fault within two years.
    expect(await letter.textContent()).toContain('§ 18');
  });
});

describe('Israeli letters', () => {
  test('on the Hebrew page: the cancellation deadline moves off the Sabbath, and the letter reads right to left', async ({ page, visit }) => {
    const { t } = useStrings('he');
    await openCase(page, visit, '/he/case/');
    const section = page.locator('[data-text="il-distance"]');
    // Received Saturday 7 March 2026: day 14 is Saturday 21 March, so the last day is Sunday 22 March, two days on.
    await section.getByLabel(t('case.field.receivedDate')).fill('2026-03-07');
    await section.getByLabel(t('case.field.idNumber')).fill('123456782');
    const box = page.locator('#case-deadline-il-distance');
    await expect.poll(() => box.getAttribute('data-status')).toBe('near');
    const said = (await page.locator('#case-deadline-il-distance-text').textContent()) ?? '';
    expect(said).toContain('22 במרץ 2026');
    expect(said).toContain('יומיים');
    expect(said).toContain('21 במרץ 2026');
    const letter = page.locator('#case-text-il-distance');
    expect(await letter.textContent()).toContain('ת"ז 123456782');
    expect(await letter.textContent()).toContain('סעיף 14ג');
    expect(await letter.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });

  test('on the English page: the letter stays Hebrew and right to left, the deadlines speak English, and shared facts stay in step', async ({ page, visit }) => {
    const { t } = useStrings('en');
    await openCase(page, visit, '/case/');
    // The card issuer typed in the US letter is the same fact in the Israeli one.
    await page.locator('[data-text="dispute"]').getByLabel(t('case.field.cardIssuer'), { exact: true }).fill('Isracard');
    const israeliIssuer = page.locator('[data-text="il-card"]').getByLabel(t('case.field.cardIssuer'), { exact: true });
    await expect.poll(() => israeliIssuer.inputValue()).toBe('Isracard');
    const card = page.locator('#case-text-il-card');
    await expect.poll(() => card.textContent()).toContain('לכבוד\nIsracard');
    expect(await card.getAttribute('lang')).toBe('he');
    expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

    // Learned of the charge on 1 March 2026: 30 days after is 31 March, 11 days away, near enough to warn.
    await page.locator('[data-text="il-card"]').getByLabel(t('case.field.learnedDate')).fill('2026-03-01');
    await expect.poll(() => page.locator('#case-deadline-il-card-text').textContent()).toContain('your last day is 31 March 2026, 11 days from today');
    expect(await page.locator('#case-deadline-il-card').getAttribute('data-status')).toBe('near');
    // Learned on 5 February: the 30 days ended on 7 March.
    await page.locator('[data-text="il-card"]').getByLabel(t('case.field.learnedDate')).fill('2026-02-05');
    await expect.poll(() => page.locator('#case-deadline-il-card').getAttribute('data-status')).toBe('past');
    expect(await page.locator('#case-deadline-il-card-text').textContent()).toContain('ended on 7 March 2026');

    // Ending an ongoing deal today, Friday 20 March 2026: the 3 business days are Sunday to Tuesday; the 6 run on past the weekend to Sunday 29th.
    const stop = (await page.locator('#case-deadline-il-ongoing-text').textContent()) ?? '';
    expect(stop).toContain('by 24 March 2026');
    expect(stop).toContain('by 29 March 2026');

    // Every word came from somewhere: no key of a dictionary or a text table shows as itself.
    expect(await page.locator('#case-app').textContent()).not.toMatch(/\b(case|channel|stage|status)\.[a-z][\w.]*/);
  });
});
