/** Every tactic and company page renders its title and key content, with no console errors. */
import { describe, expect, test } from '../support/fixtures';
import { readCollection, type CompanyData, type TacticData } from '../support/content';

const tactics = readCollection<TacticData>('tactics');
const companies = readCollection<CompanyData>('companies');

test('the content has every tactic and at least forty companies', () => {
  expect(tactics.length).toBeGreaterThanOrEqual(16);
  expect(companies.length).toBeGreaterThanOrEqual(40);
});

describe.each(tactics)('tactic $id', ({ id, data }) => {
  test('renders its title, steps, words to say, story, risks and ladder stage', async ({ visit }) => {
    const page = await visit(`/tactics/${id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(data.title);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('.steps ol > li').count()).toBeGreaterThanOrEqual(3);
    const scripts = await page.locator('.script__say').allTextContents();
    expect(scripts).toHaveLength(data.scripts.length);
    expect(scripts[0]).toContain(data.scripts[0]!.say);
    // A tactic shows a story only where a source gives one.
    if (data.story) await expect(page.locator('#story').textContent()).resolves.toContain(data.story.who);
    else expect(await page.locator('#story').count()).toBe(0);
    const risks = await page.locator('#risks + ul > li').allTextContents();
    expect(risks).toEqual(data.risks);
    await expect(page.locator('.lead').first().textContent()).resolves.toBe(data.summary);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
  });
});

describe.each(companies)('company $id', ({ id, data }) => {
  test('renders its name, every contact label, and its scam numbers only as warnings', async ({ visit }) => {
    const page = await visit(`/companies/${id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(data.name);
    const labels = await page.locator('.contact__label').allTextContents();
    for (const contact of data.contacts) expect(labels).toContain(contact.label);
    // Every live phone number links to a call.
    const tel = await page.locator('.contact a[href^="tel:+"]').count();
    const livePhones = data.contacts.filter((c) => c.kind === 'phone' && (c.status ?? 'current') !== 'superseded' && c.status !== 'retired');
    expect(tel).toBe(livePhones.length);
    // Scam numbers appear in the warning list and never as a contact.
    const scamCount = data.scamNumbers?.length ?? 0;
    expect(await page.locator('[data-scam-number]').count()).toBe(scamCount);
    const scamE164 = await page.locator('[data-scam-number]').evaluateAll((els) => els.map((e) => e.getAttribute('data-scam-number')));
    for (const number of scamE164) {
      expect(await page.locator(`.contact a[href="tel:${number}"]`).count()).toBe(0);
    }
    await expect(page.locator('#scams').textContent()).resolves.toBeTruthy();
  });
});

test('Expedia keeps the article’s values with their true status beside the current ones', async ({ visit }) => {
  const page = await visit('/companies/expedia/');
  const card = (text: string) => page.locator('.contact', { has: page.locator('.contact__value', { hasText: text }) });
  await expect(card('3150 139th Ave SE').getAttribute('data-status')).resolves.toBe('superseded');
  await expect(card('333 108th Ave NE').getAttribute('data-status')).resolves.toBe('superseded');
  await expect(card('1111 Expedia Group Way W').getAttribute('data-status')).resolves.toBe('current');
  await expect(card('(866) 510-9715').getAttribute('data-status')).resolves.toBe('unverified');
  await expect(card('(425) 702-2722').getAttribute('data-status')).resolves.toBe('unverified');
  await expect(page.locator('#missing').textContent()).resolves.toBe('Looked for, not published');
});

test.for(['/', '/tactics/', '/companies/', '/search/', '/no-such-page/'])('%s renders with one h1 and no console error', async (path, { visit }) => {
  const page = await visit(path, { status: path === '/no-such-page/' ? 404 : 200 });
  expect(await page.locator('h1').count()).toBe(1);
  expect(await page.locator('main').count()).toBe(1);
  // Errors are checked after the test; wait until every script has run.
  await page.waitForLoadState('networkidle');
});

test('the home page places every tactic on the ladder', async ({ visit }) => {
  const page = await visit('/');
  const stages = await page.locator('.ladder > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-stage')));
  expect(stages).toEqual(['prepare', 'front-line', 'supervisor', 'social', 'executive', 'headquarters', 'card-and-regulators']);
  for (const tactic of tactics) {
    const link = page.locator(`.ladder li[data-stage="${tactic.data.stage}"] a[href="/tactics/${tactic.id}/"]`);
    expect(await link.count(), tactic.id).toBe(1);
  }
});
