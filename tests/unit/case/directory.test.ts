import { describe, expect, it } from 'vitest';
import { matchCompany, normalizeName } from '../../../src/lib/case/directory';
import { jsonForScript } from '../../../src/lib/text/json-in-html';
import { fill } from '../../../src/lib/text/fill';
import { united } from './fixtures';

describe('matchCompany', () => {
  it('finds a company by its name or an alias, ignoring case, accents and punctuation', () => {
    expect(matchCompany('United Airlines', [united])?.id).toBe('united');
    expect(matchCompany('  united ', [united])?.id).toBe('united');
    expect(matchCompany('UNITED-AIRLINES', [united])?.id).toBe('united');
    expect(normalizeName('Jenn-Air Café')).toBe('jennaircafe');
  });

  it('finds nothing for another name or an empty one', () => {
    expect(matchCompany('United Parcel', [united])).toBeUndefined();
    expect(matchCompany('', [united])).toBeUndefined();
    expect(matchCompany('!!', [united])).toBeUndefined();
  });
});

describe('jsonForScript', () => {
  it('cannot close its script element early, and parses back to the same value', () => {
    const value = { note: '</script><script>alert(1)</script><!-- \u2028' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('fill', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}, {c}', { a: 'one', b: 2 })).toBe('one and 2, {c}');
    expect(fill('{a}', { a: '$&' })).toBe('$&');
  });
});
