/**
 * The site in Hebrew and Norwegian: each page in its language and direction,
 * the language switch leading to the same page, the reader's country first,
 * left-to-right values reading in their own order inside Hebrew, and the
 * translated pages complete without JavaScript.
 */
import type { Page } from 'playwright-core';
import { readCollection, type TacticData } from '../support/content';
import { describe, expect, test } from '../support/fixtures';

const LANGUAGES = [
  { lang: 'he', dir: 'rtl', country: 'IL' },
  { lang: 'nb', dir: 'ltr', country: 'NO' },
] as const;

describe.each(LANGUAGES)('the $lang site', ({ lang, dir, country }) => {
  const tactics = readCollection<TacticData>(`translations/${lang}/tactics`);

  test(`every tactic page is in ${lang}, ${dir}, with its translated title and words to say`, async ({ page, visit }) => {
    for (const tactic of tactics) {
      await visit(`/${lang}/tactics/${tactic.id}/`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
      await expect(page.locator('html').getAttribute('dir')).resolves.toBe(dir);
      await expect(page.locator('h1').textContent()).resolves.toBe(tactic.data.title);
      const says = await page.locator('.script__say').allTextContents();
      expect(says[0]).toContain(tactic.data.scripts[0]!.say.slice(0, 20));
    }
  });

  test(`a tactic puts the laws and bodies of ${country} first`, async ({ page, visit }) => {
    await visit(`/${lang}/tactics/threaten-a-chargeback/`);
    await expect(page.locator('[data-laws] .laws__country').first().getAttribute('data-country')).resolves.toBe(country);
  });

  test('the language switch leads to the same page in each language', async ({ page, visit }) => {
    await visit(`/${lang}/companies/telenor/`);
    const links = await page.locator('.language-switch a').evaluateAll((as) => as.map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]));
    expect(links).toEqual([
      ['en', '/companies/telenor/'],
      ['he', '/he/companies/telenor/'],
      ['nb', '/nb/companies/telenor/'],
    ]);
    await page.locator('.language-switch a[hreflang="en"]').click();
    await page.waitForURL(/\/companies\/telenor\/$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });

  test('links inside the page stay in its language', async ({ page, visit }) => {
    await visit(`/${lang}/tactics/`);
    const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((href) => !href.startsWith(`/${lang}/`) && !href.startsWith('/data/'))).toEqual([]);
  });
});

/** The on-screen left edges of the first and last character of an element's text. */
async function edges(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((element) => {
    const text = element.firstChild as Text;
    const rect = (from: number) => {
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, from + 1);
      return range.getBoundingClientRect().left;
    };
    return { text: text.data, first: rect(0), last: rect(text.data.length - 1) };
  });
}

test('a phone number inside Hebrew text reads left to right, in its own order', async ({ page, visit }) => {
  // Posten's Hebrew page tells, in a Hebrew sentence, the Norwegian number to call: "+47 21 31 62 34".
  await visit('/he/companies/posten-bring/');
  const inProse = await edges(page, '.prose p bdi');
  expect(inProse.text).toMatch(/^\+47 [\d ]+$/);
  expect(inProse.first).toBeLessThan(inProse.last);
  // And as a contact: a Norwegian number on a Hebrew page is shown as dialled from abroad.
  const value = await edges(page, '.contact__value bdi');
  expect(value.text).toMatch(/^\+47 /);
  expect(value.first).toBeLessThan(value.last);
});

test('the reader can choose their country, and every tactic then shows it first', async ({ page, visit }) => {
  await visit('/tactics/threaten-a-chargeback/');
  const firstGroup = () => page.locator('[data-country-groups] > [data-country]').first().getAttribute('data-country');
  await expect(firstGroup()).resolves.toBe('US');
  await page.locator('#reader-country').selectOption('IL');
  await expect(firstGroup()).resolves.toBe('IL');
  // Remembered: another tactic, in another language, opens with Israel first.
  await visit('/nb/tactics/cancel-a-purchase-or-subscription/');
  await expect.poll(() => page.locator('#reader-country').inputValue()).toBe('IL');
  await expect.poll(firstGroup).toBe('IL');
});
