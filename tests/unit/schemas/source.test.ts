import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../../src/schemas/source';
import { issueAt } from '../fixtures/issues';

/** content/sources/expedia-10k-2023.yaml */
const expedia10k = {
  title: 'Expedia Group Form 10-K for fiscal 2023',
  publisher: 'Expedia Group (filed with the U.S. Securities and Exchange Commission)',
  url: 'https://www.sec.gov/Archives/edgar/data/1324424/000132442424000007/expe-20231231.htm',
  kind: 'filing',
  accessed: '2026-11',
  language: 'en',
  note: 'Gives the current headquarters address in Seattle and the corporate phone number.',
};

describe('sourceSchema', () => {
  it('parses a real source', () => {
    expect(sourceSchema.parse(expedia10k)).toEqual(expedia10k);
  });

  it('accepts a source with no address (a translation on file) and a regional language tag', () => {
    const { url: _url, ...noUrl } = expedia10k;
    expect(sourceSchema.safeParse({ ...noUrl, language: 'nb' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...expedia10k, language: 'en-GB' }).success).toBe(true);
  });

  it.each(['EN', 'english', 'e', 'en_GB'])('rejects the language tag %j', (language) => {
    expect(issueAt(sourceSchema.safeParse({ ...expedia10k, language }), ['language']).message).toContain('language tag');
  });

  it('rejects an unknown kind', () => {
    issueAt(sourceSchema.safeParse({ ...expedia10k, kind: 'blog' }), ['kind']);
  });

  it('rejects a url that is not a URL', () => {
    issueAt(sourceSchema.safeParse({ ...expedia10k, url: 'sec.gov/filing' }), ['url']);
  });

  it('requires the date it was read, as a real quoted date', () => {
    const { accessed: _accessed, ...noAccessed } = expedia10k;
    issueAt(sourceSchema.safeParse(noAccessed), ['accessed']);
    expect(issueAt(sourceSchema.safeParse({ ...expedia10k, published: '2024-02-30' }), ['published']).message).toContain(
      'not a real calendar date',
    );
    expect(issueAt(sourceSchema.safeParse({ ...expedia10k, accessed: new Date('2026-11-01') }), ['accessed']).message).toMatch(
      /quotes/,
    );
  });

  it('rejects an unknown key', () => {
    expect(issueAt(sourceSchema.safeParse({ ...expedia10k, author: 'SEC' }), []).keys).toEqual(['author']);
  });
});
