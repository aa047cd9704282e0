import { describe, expect, it } from 'vitest';
import { contactSchema } from '../../../src/schemas/contact';
import { companyMessage, contactMessage, correctionsConfig, reportHref } from '../../../src/lib/directory/corrections';
import { useStrings } from '../../../src/i18n/ui';

const { t } = useStrings();
const strings = { subject: t('trust.report.subject'), body: t('trust.report.body') };
const company = { name: 'AT&T', pageUrl: 'https://beyond-no.example/companies/att/' };
const contact = contactSchema.parse({
  id: 'c37',
  kind: 'phone',
  rung: 'front-line',
  label: 'Internet, TV & home phone',
  value: '+1 800-288-2020',
  source: 'att-notice-of-dispute',
  asOf: '2026-11',
});
const message = contactMessage(company, contact, 'AT&T notice of dispute help page', strings);

describe('contactMessage', () => {
  it('names the company, the field, its current value and the source we cite', () => {
    expect(message.subject).toBe('Wrong or outdated contact: AT&T, Internet, TV & home phone (phone)');
    expect(message.body).toContain('Company: AT&T');
    expect(message.body).toContain('Page: https://beyond-no.example/companies/att/');
    expect(message.body).toContain('Field: Internet, TV & home phone (phone)');
    expect(message.body).toContain('Current value: (800) 288-2020');
    expect(message.body).toContain('Source we cite: AT&T notice of dispute help page, as of 2026-11');
  });
});

describe('reportHref', () => {
  it('opens an email with the subject and body when no repository is configured', () => {
    const href = reportHref({ email: 'fix@beyond-no.example' }, message);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('fix@beyond-no.example');
    // RFC 6068: spaces as %20 (never "+"), line breaks as CRLF.
    expect(href).not.toContain('+');
    expect(url.searchParams.get('subject')).toBe(message.subject);
    expect(url.searchParams.get('body')).toBe(message.body.replace(/\n/g, '\r\n'));
  });

  it('keeps letters of any script as they are, and reads back exactly', () => {
    const hebrew = { subject: 'איש קשר שגוי: בזק, מוקד 199', body: 'חברה: בזק\nערך: +972 3-123 4567 & עוד #1 100%' };
    const href = reportHref({}, hebrew);
    expect(href).toContain('איש%20קשר%20שגוי');
    expect(href).not.toMatch(/%D7/);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe(hebrew.subject);
    expect(url.searchParams.get('body')).toBe(hebrew.body.replace(/\n/g, '\r\n'));
  });

  it('leaves the address for the reader to fill when none is configured', () => {
    expect(reportHref({}, message)).toMatch(/^mailto:\?subject=/);
  });

  it('opens a new issue, prefilled, when the repository address is configured', () => {
    const href = reportHref({ repositoryUrl: 'https://github.com/example/beyond-no', email: 'ignored@x.example' }, message);
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/example/beyond-no/issues/new');
    expect(url.searchParams.get('title')).toBe(message.subject);
    expect(url.searchParams.get('body')).toBe(message.body);
  });

  it('has a general message for a value the reader cannot point at', () => {
    const general = companyMessage(company, { subject: t('trust.report.subjectGeneral'), body: t('trust.report.bodyGeneral') });
    expect(general.subject).toBe('Wrong or outdated contact: AT&T');
    expect(general.body).toContain('Page: https://beyond-no.example/companies/att/');
  });
});

describe('correctionsConfig', () => {
  it('reads the repository and email from the environment, trimming a trailing slash', () => {
    expect(correctionsConfig({ BEYOND_NO_REPOSITORY_URL: 'https://github.com/a/b/', BEYOND_NO_CORRECTIONS_EMAIL: ' x@y.example ' })).toEqual({
      repositoryUrl: 'https://github.com/a/b',
      email: 'x@y.example',
    });
    expect(correctionsConfig({})).toEqual({ repositoryUrl: undefined, email: undefined });
  });

  it('refuses a repository address that is not a URL', () => {
    expect(() => correctionsConfig({ BEYOND_NO_REPOSITORY_URL: 'github.com/a/b' })).toThrow(/BEYOND_NO_REPOSITORY_URL/);
  });
});
