/** The trust components, rendered through Astro's Container API. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ContactAge from '../../../src/components/ContactAge.astro';
import StaleNotice from '../../../src/components/StaleNotice.astro';
import ContactCard from '../../../src/components/ContactCard.astro';
import FreshnessSummary from '../../../src/components/FreshnessSummary.astro';
import JsonLd from '../../../src/components/JsonLd.astro';
import ScamAdvice from '../../../src/components/ScamAdvice.astro';
import { contactSchema } from '../../../src/schemas/contact';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const contact = (input: Record<string, unknown>) =>
  contactSchema.parse({ id: 'c30', kind: 'phone', rung: 'headquarters', label: 'Corporate phone', value: '+1 206-481-7200', source: 's', ...input });
const source = { id: 's', collection: 'sources', data: { title: 'A filing', publisher: 'P', kind: 'filing', accessed: '2026-11', language: 'en' } };

describe('ContactAge', () => {
  it('says the age in brackets, after the as-of date', async () => {
    const html = await container.renderToString(ContactAge, { props: { asOf: '2023-12-31', today: '2026-11' } });
    expect(html).toBe('<span class="contact__age" data-age="2023-12-31" data-pagefind-ignore>(2 years old)</span>');
  });

  it('counts whole months when the reference date gives no day, and about-years for a bare year', async () => {
    // February to November: the reference date gives no day, so whole months count.
    expect(await container.renderToString(ContactAge, { props: { asOf: '2026-02-28', today: '2026-11' } })).toContain('(9 months old)');
    expect(await container.renderToString(ContactAge, { props: { asOf: '2008', today: '2026-11' } })).toContain('(about 18 years old)');
  });
});

describe('StaleNotice', () => {
  const render = (input: Record<string, unknown>) => container.renderToString(StaleNotice, { props: { contact: contact(input), today: '2026-11' } });

  it('tells the reader to check a value in use older than two years', async () => {
    const html = await render({ asOf: '2023-12-31' });
    expect(html).toContain('data-stale');
    expect(html).toContain('Check before relying on it');
  });

  it('says nothing for a recent value, or an old one already marked as no longer right', async () => {
    expect((await render({ asOf: '2026-02-28' })).trim()).toBe('');
    expect((await render({ asOf: '2008', status: 'superseded', replacedBy: 'x' })).trim()).toBe('');
  });
});

describe('FreshnessSummary', () => {
  it('counts the old values in use and says what ages count to', async () => {
    const contacts = [contact({ asOf: '2021-11-02' }), contact({ asOf: '2026-11', status: 'unverified' }), contact({ asOf: '2008', status: 'retired' })];
    const html = await container.renderToString(FreshnessSummary, { props: { contacts, today: { date: '2026-11', basis: 'content' } } });
    expect(html).toContain('1 of the 2 values in use is more than two years old');
    expect(html).toContain('Ages are counted to November 2026, the latest date anyone checked this directory.');
  });
});

describe('ContactCard with freshness and a report link', () => {
  it('shows the age and a report link that names the value for screen readers', async () => {
    const html = await container.renderToString(ContactCard, {
      props: { contact: contact({ asOf: '2023-12-31' }), source, today: '2026-11', reportHref: 'mailto:?subject=x' },
    });
    expect(html).toMatch(/as of <time datetime="2023-12-31">31 December 2023<\/time>\s*<span class="contact__age" data-age="2023-12-31" data-pagefind-ignore>\(2 years old\)<\/span>/);
    expect(html).toContain('Check before relying on it');
    expect(html).toMatch(/<a href="mailto:\?subject=x" rel="nofollow" data-report-value>\s*Report as wrong or outdated\s*<span class="visually-hidden">: Corporate phone<\/span>/);
  });

  it('shows neither without them (as before)', async () => {
    const html = await container.renderToString(ContactCard, { props: { contact: contact({ asOf: '2023-12-31' }), source } });
    expect(html).not.toContain('data-age');
    expect(html).not.toContain('data-report-value');
  });
});

describe('JsonLd', () => {
  it('writes a data block whose JSON cannot close the element', async () => {
    const html = await container.renderToString(JsonLd, { props: { data: { name: 'A </script><script>alert(1)</script>' } } });
    expect(html).toMatch(/^<script type="application\/ld\+json">\{"name":"A \\u003c\/script>\\u003cscript>alert\(1\)\\u003c\/script>"\}<\/script>$/);
  });
});

describe('ScamAdvice', () => {
  it('warns about planted numbers and links the company’s own contact page', async () => {
    const html = await container.renderToString(ScamAdvice, {
      props: { company: { name: 'Delta', website: 'https://www.delta.com/', contactPage: 'https://www.delta.com/contact' } },
    });
    expect(html).toContain('search ads');
    expect(html).toContain('href="https://www.delta.com/contact"');
  });

  it('gives the general warning without a company', async () => {
    const html = await container.renderToString(ScamAdvice, { props: {} });
    expect(html).toContain('Confirm any number on the company’s own site');
  });
});
