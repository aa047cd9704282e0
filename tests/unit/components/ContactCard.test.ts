import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ContactCard from '../../../src/components/ContactCard.astro';
import { contactSchema, type Contact } from '../../../src/schemas/contact';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Shaped like a loaded entry of the sources collection (content/sources/expedia-10k-2023.yaml). */
const expedia10k = {
  id: 'expedia-10k-2023',
  collection: 'sources',
  data: {
    title: 'Expedia Group Form 10-K for fiscal 2023',
    publisher: 'Expedia Group',
    url: 'https://www.sec.gov/Archives/edgar/data/1324424/000132442424000007/expe-20231231.htm',
    kind: 'filing',
    accessed: '2026-11',
    language: 'en',
  },
};

/** A source with no public address (content/sources/article-expedia-customer-service.yaml). */
const article = {
  id: 'article-expedia-customer-service',
  collection: 'sources',
  data: {
    title: 'Expedia customer service: how to get the best out of it',
    publisher: 'Consumer-advice article',
    kind: 'article',
    accessed: '2026-11',
    language: 'nb',
  },
};

const contact = (input: Record<string, unknown>): Contact =>
  contactSchema.parse({ id: 'a-contact', rung: 'headquarters', source: 'expedia-10k-2023', asOf: '2023-12-31', ...input });

const render = (props: Record<string, unknown>) => container.renderToString(ContactCard, { props });

describe('ContactCard', () => {
  it('shows a current phone as a tel: link with its label, status, source and date', async () => {
    const html = await render({
      contact: contact({ id: 'phone-seattle', kind: 'phone', label: 'Corporate phone', value: '+1 206-481-7200', status: 'current' }),
      source: expedia10k,
    });
    expect(html).toContain('<h4 class="contact__label">Corporate phone</h4>');
    expect(html).toContain('<a href=\"tel:+12064817200\"><bdi>(206) 481-7200</bdi></a>');
    expect(html).toContain('<span class="badge badge--current">Current</span>');
    expect(html).toContain('data-status="current"');
    expect(html).toContain('data-kind="phone"');
    expect(html).toMatch(/<a href="https:\/\/www\.sec\.gov\/[^"]+" rel="external noopener" data-citation>Expedia Group Form 10-K for fiscal 2023<\/a>/);
    expect(html).toContain('<time datetime="2023-12-31">31 December 2023</time>');
    expect(html).not.toContain('contact--history');
  });

  it('shows the vanity spelling beside the digits', async () => {
    const html = await render({
      contact: contact({ id: 'c23', kind: 'phone', rung: 'front-line', label: 'Customer line', value: '1-800-EXPEDIA', status: 'unverified', asOf: '2026-11' }),
      source: article,
    });
    expect(html).toContain('<a href=\"tel:+18003973342\"><bdi>(800) 397-3342</bdi></a>');
    expect(html).toContain('(<bdi>1-800-EXPEDIA</bdi>)');
    expect(html).toContain('Unverified');
    expect(html).toContain('<time datetime="2026-11">November 2026</time>');
  });

  it('cites a source without an address by title, without a link', async () => {
    const html = await render({
      contact: contact({ id: 'c24', kind: 'fax', label: 'Corporate fax', value: '+1 425-702-2722', status: 'unverified', source: article.id }),
      source: article,
    });
    expect(html).toContain('<cite>Expedia customer service: how to get the best out of it</cite>');
  });

  it('shows a fax without a link', async () => {
    const html = await render({
      contact: contact({ id: 'c25', kind: 'fax', label: 'Corporate fax', value: '+1 425-702-2722', status: 'unverified' }),
      source: article,
    });
    expect(html).toContain('<bdi>(425) 702-2722</bdi>');
    expect(html).not.toContain('tel:');
  });

  it('does not link a superseded value, and names its replacement and end date', async () => {
    const replacement = contact({ id: 'phone-seattle', kind: 'phone', label: 'Corporate phone', value: '+1 206-481-7200' });
    const html = await render({
      contact: contact({
        id: 'phone-bellevue',
        kind: 'phone',
        label: 'Corporate phone (Bellevue)',
        value: '+1 425-679-7200',
        status: 'superseded',
        replacedBy: 'phone-seattle',
        endedOn: '2019',
        asOf: '2026-11',
        note: 'Given in the Expedia article.',
      }),
      source: article,
      replacement,
    });
    expect(html).toContain('contact--history');
    expect(html).toContain('<bdi>(425) 679-7200</bdi>');
    expect(html).not.toContain('tel:+14256797200');
    expect(html).toMatch(/Replaced by\s*<bdi>\(206\) 481-7200<\/bdi>\s*\(2019\)/);
    expect(html).toContain('Given in the Expedia article.');
    expect(html).toContain('Superseded');
  });

  it('shows when a retired value stopped, when nothing replaced it', async () => {
    const html = await render({
      contact: contact({
        id: 'c26',
        kind: 'social',
        rung: 'social',
        platform: 'X (Twitter)',
        label: 'Customer-care account on Twitter (historical)',
        value: '@comcastcares',
        url: 'https://twitter.com/comcastcares',
        status: 'retired',
        endedOn: '2010',
        asOf: '2008',
      }),
      source: article,
    });
    expect(html).toContain('X (Twitter): ');
    expect(html).toContain('<bdi>@comcastcares</bdi>');
    expect(html).not.toContain('href="https://twitter.com/comcastcares"');
    expect(html).toMatch(/until\s*2010/);
    expect(html).not.toContain('Replaced by');
  });

  it('links an email and a postal address while current', async () => {
    const email = await render({
      contact: contact({ id: 'c27', kind: 'email', rung: 'executive', label: 'Executive office', value: 'exec@example.com', hours: 'Mon to Fri' }),
      source: expedia10k,
    });
    expect(email).toContain('<a href=\"mailto:exec@example.com\"><bdi>exec@example.com</bdi></a>');
    expect(email).toContain('Hours: Mon to Fri');

    const postal = await render({
      contact: contact({
        id: 'c28',
        kind: 'postal',
        label: 'Headquarters',
        value: { lines: ['1111 Expedia Group Way W'], city: 'Seattle', region: 'WA', postcode: '98119', country: 'US' },
      }),
      source: expedia10k,
    });
    expect(postal).toContain('href="https://www.openstreetmap.org/search?query=1111%20Expedia%20Group%20Way%20W%2C%20Seattle%2C%20WA%2098119%2C%20US"');
    expect(postal).toContain('><bdi>1111 Expedia Group Way W, Seattle, WA 98119, US</bdi></a>');
  });

  it('escapes text from content', async () => {
    const html = await render({
      contact: contact({ id: 'c29', kind: 'web', label: 'Help <b>now</b>', value: 'https://example.com/' }),
      source: expedia10k,
    });
    expect(html).toContain('Help &lt;b&gt;now&lt;/b&gt;');
    expect(html).not.toContain('<b>now</b>');
  });
});
