/** The search components through Astro's Container API. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import SearchMeta from '../../src/components/SearchMeta.astro';
import SearchTrigger from '../../src/components/SearchTrigger.astro';
import { tacticSchema } from '../../src/schemas/tactic';
import { acme } from './lookup-fixture';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const filtersIn = (html: string) => [...html.matchAll(/data-pagefind-filter="([^"]+)"/g)].map((m) => m[1]);
const metaIn = (html: string) => [...html.matchAll(/data-pagefind-meta="([^"]+)"/g)].map((m) => m[1]);

describe('SearchMeta', () => {
  it('gives a company page its type, filters in the site’s words, key contact and search words', async () => {
    const html = await container.renderToString(SearchMeta, { props: { company: acme.data } });
    expect(filtersIn(html)).toEqual([
      'Type:Company',
      'Industry:Travel',
      'Channel:Phone',
      'Channel:Email',
      'Ladder stage:Front line',
      'Ladder stage:Supervisor',
      'Ladder stage:Executive office',
      'Ladder stage:Headquarters',
      'Country:United States',
    ]);
    expect(metaIn(html)).toEqual(['type:Company', 'contact:Bookings: (800) 226-3878']);
    expect(html).toContain('Acme Travel customer service phone number');
  });

  it('gives a tactic page its type, stage, channels and the places its laws apply', async () => {
    const tactic = tacticSchema.parse({
      title: 'Test tactic',
      summary: 'A test.',
      stage: 'card-and-regulators',
      channels: ['card-issuer', 'email'],
      whenToUse: ['Always.'],
      scripts: [{ when: 'Now', say: 'Hello.' }],
      story: { who: 'Someone', problem: 'A problem.', outcome: 'An outcome.', source: 's' },
      risks: ['None.'],
      laws: [{ name: 'A law', citation: '1 USC 1', country: 'US', section: '§ 1', rule: 'A rule.', deadlines: [], voluntary: false, source: 's' }],
      sources: ['s'],
    });
    const html = await container.renderToString(SearchMeta, { props: { tactic } });
    expect(filtersIn(html)).toEqual([
      'Type:Tactic',
      'Channel:Card issuer',
      'Channel:Email',
      'Ladder stage:Card issuer and regulators',
      'Country:United States',
    ]);
    expect(metaIn(html)).toEqual(['type:Tactic']);
    expect(html).not.toContain('customer service phone number');
  });

  it('keeps every hidden element hidden', async () => {
    const html = await container.renderToString(SearchMeta, { props: { company: acme.data } });
    for (const [tag] of html.matchAll(/<(span|p)\b[^>]*>/g)) expect(tag).toMatch(/\shidden|visually-hidden/);
  });
});

describe('SearchTrigger under the development server', () => {
  it('says the index comes from `npm run build` instead of offering a search that cannot work', async () => {
    // Vitest runs with import.meta.env.DEV set, as `astro dev` does.
    expect(import.meta.env.DEV).toBe(true);
    const html = await container.renderToString(SearchTrigger);
    expect(html).toContain('npm run build');
    expect(html).not.toContain('data-search-open');
  });
});
