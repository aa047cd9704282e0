/** The search components through Astro's Container API. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import SearchMeta from '../../src/components/SearchMeta.astro';
import SearchTrigger from '../../src/components/SearchTrigger.astro';
import { tacticSchema } from '../../src/schemas/tactic';
import { fromUnsearchable } from '../../src/lib/search/unsearchable';
import type { Company } from '../../src/schemas/company';
import { acme } from './lookup-fixture';

/** The fixture company as the page has it (the look-up's type shows only what the look-up reads). */
const company = acme.data as Company;

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const filtersIn = (html: string) => [...html.matchAll(/data-pagefind-filter="([^"]+)"/g)].map((m) => m[1]);
/** Each meta as "key:value", the value read back as search's script reads it. */
const metaIn = (html: string) =>
  [...html.matchAll(/data-pagefind-meta="([^":]+):([^"]*)"/g)].map((m) => `${m[1]}:${fromUnsearchable(m[2]!.replace(/&amp;/g, '&'))}`);
/** The raw meta values, as Pagefind indexes them. */
const rawMetaIn = (html: string) => [...html.matchAll(/data-pagefind-meta="[^":]+:([^"]*)"/g)].map((m) => m[1]!);
/** The text Pagefind indexes: the data-pagefind-body block. */
const bodyIn = (html: string) => /<div[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1]?.replace(/<[^>]+>/g, ' ') ?? '';

describe('SearchMeta', () => {
  it('gives a company page its type, filters in the site’s words, summary and key contact (shown, never searched), and its names and numbers to search', async () => {
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
    expect(metaIn(html)).toEqual(['type:Company', 'contact:Bookings: (800) 226-3878', `summary:${company.summary}`]);
    // Pagefind makes every meta value searchable: these hold no letter or digit it could index.
    for (const value of rawMetaIn(html)) expect(value).not.toMatch(/[\p{L}\p{N}]/u);
    // The page's only indexed text: its names and the ways people type its numbers.
    const body = bodyIn(html);
    expect(body).toContain('Acme Travel');
    for (const alias of company.aliases) expect(body).toContain(alias);
    expect(body).toContain('8002263878');
    expect(body).toContain('(800) 226-3878');
    expect(body).not.toContain('customer service');
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
    // A tactic's page is indexed as it is: no block of its own.
    expect(html).not.toContain('data-pagefind-body');
  });

  it('keeps every element hidden: the meta and filters, and the names block from sight and from screen readers', async () => {
    const html = await container.renderToString(SearchMeta, { props: { company: acme.data } });
    const outside = html.replace(/<div[^>]*data-pagefind-body[\s\S]*?<\/div>/, '');
    for (const [tag] of outside.matchAll(/<(span|p|div)\b[^>]*>/g)) expect(tag).toMatch(/\shidden/);
    const block = /<div[^>]*data-pagefind-body[^>]*>/.exec(html)![0];
    expect(block).toContain('visually-hidden');
    expect(block).toContain('aria-hidden="true"');
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
