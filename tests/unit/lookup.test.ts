import { describe, expect, it } from 'vitest';
import { formatTypedNumber, looksLikePhone, lookUpNumber, readTypedNumber } from '../../src/lib/lookup/match';
import { directory, twoCountries } from './lookup-fixture';

describe('looksLikePhone', () => {
  it.each([
    '8665109715',
    '866-510-9715',
    '(866) 510-9715',
    '+1 866 510 9715',
    '866.510.9715',
    '+18665109715',
    'tel:+18665109715',
    '1-800-JENNAIR',
    '800 FLOWERS',
    '1-800-UNITED-1',
    '1-800-555-HELP',
    '866-510-9715 ext. 12',
    '+44 20 7946 0000',
  ])('%s is a number', (query) => {
    expect(looksLikePhone(query)).toBe(true);
  });

  it.each(['expedia', 'delta 2023', '10-K 2019', '2023 refund', '123 Main St', 'section 75', '510-97', 'at&t', '1800 refund'])(
    '%s is words',
    (query) => {
      expect(looksLikePhone(query)).toBe(false);
    },
  );
});

describe('readTypedNumber', () => {
  it('turns letters into keypad digits and drops separators', () => {
    expect(readTypedNumber('1-800-JENNAIR')).toEqual({ digits: '18005366247', international: false, vanity: true });
  });

  it.each([
    ['+1 866 510 9715', '18665109715'],
    ['0018665109715', '18665109715'],
    ['01118665109715', '18665109715'],
    ['tel:+18665109715', '18665109715'],
  ])('reads the international prefix of %s', (typed, digits) => {
    expect(readTypedNumber(typed)).toMatchObject({ digits, international: true });
  });

  it('drops an extension', () => {
    expect(readTypedNumber('866-510-9715 x 204')?.digits).toBe('8665109715');
  });

  it('answers undefined for text that holds no number', () => {
    expect(readTypedNumber('call me')).toBeUndefined();
  });
});

describe('lookUpNumber', () => {
  const found = (typed: string) => {
    const answer = lookUpNumber(directory, typed);
    if (answer?.kind !== 'found') throw new Error(`${typed}: ${JSON.stringify(answer)}`);
    return answer.matches.map((m) => [m.company, m.status]);
  };

  it.each(['8665109715', '18665109715', '866-510-9715', '(866) 510-9715', '+1 866 510 9715', '+18665109715', '001 866 510 9715'])(
    'finds %s whatever the format',
    (typed) => {
      expect(found(typed)).toEqual([['acme', 'unverified']]);
    },
  );

  it('finds a vanity number spelled out, with or without the 1, and with letters past the last digit', () => {
    expect(found('1-800-ACMETRV')).toEqual([['acme', 'current']]);
    expect(found('800-ACMETRV')).toEqual([['acme', 'current']]);
    expect(found('1-800-ACMETRVL')).toEqual([['acme', 'current']]);
    expect(found('800-226-3878')).toEqual([['acme', 'current']]);
  });

  it('finds superseded, retired and scam numbers with their status', () => {
    expect(found('425.679.7200')).toEqual([['acme', 'superseded']]);
    expect(found('425-702-2722')).toEqual([['acme', 'retired']]);
    expect(found('888 714 9824')).toEqual([['acme', 'scam']]);
  });

  it('answers "unknown" for a well-formed number the directory does not hold, formatted to read back', () => {
    expect(lookUpNumber(directory, '555 010 4477')).toMatchObject({ kind: 'unknown', display: '(555) 010-4477' });
    expect(lookUpNumber(directory, '+44 20 7946 0000')).toMatchObject({ kind: 'unknown', display: '+442079460000' });
  });

  it('answers "invalid" for too few or too many digits, and nothing for no number', () => {
    expect(lookUpNumber(directory, '510-97')).toEqual({ kind: 'invalid', reason: 'too-short' });
    expect(lookUpNumber(directory, '1234567890123456')).toEqual({ kind: 'invalid', reason: 'too-long' });
    expect(lookUpNumber(directory, 'hello')).toBeUndefined();
  });

  it('does not match a number that only ends like one in the directory', () => {
    expect(lookUpNumber(directory, '510-9715')?.kind).toBe('unknown');
    expect(lookUpNumber(directory, '+44 866 510 9715')?.kind).toBe('unknown');
  });

  it('puts a scam warning before any other match', () => {
    const twice = { ...directory, numbers: [...directory.numbers, { ...directory.numbers.at(-1)!, status: 'current' as const }].reverse() };
    const answer = lookUpNumber(twice, '888-714-9824');
    expect(answer?.kind === 'found' && answer.matches.map((m) => m.status)).toEqual(['scam', 'current']);
  });
});

describe('formatTypedNumber', () => {
  it('groups North American numbers and leaves others as typed', () => {
    expect(formatTypedNumber({ digits: '18665109715', international: true, vanity: false })).toBe('(866) 510-9715');
    expect(formatTypedNumber({ digits: '8665109715', international: false, vanity: false })).toBe('(866) 510-9715');
    expect(formatTypedNumber({ digits: '2079460000', international: true, vanity: false })).toBe('+2079460000');
  });
});

describe('lookUpNumber in two countries', () => {
  const found = (typed: string) => {
    const answer = lookUpNumber(twoCountries, typed);
    return answer?.kind === 'found' ? answer.matches.map((m) => [m.company, m.status, m.kind]) : answer?.kind;
  };

  it.each(['03-6234567', '036234567', '+972 3-623-4567', '+97236234567', '00972 3 623 4567', 'tel:+97236234567'])(
    'finds the Israeli number %s, national or international',
    (typed) => {
      expect(found(typed)).toEqual([['shekel', 'current', 'phone']]);
    },
  );

  it('finds a star number and a short number only as dialled', () => {
    expect(found('*2000')).toEqual([['shekel', 'current', 'short-code']]);
    expect(found('* 2000')).toEqual([['shekel', 'current', 'short-code']]);
    expect(found('tel:*2000')).toEqual([['shekel', 'current', 'short-code']]);
    expect(found('103')).toEqual([['shekel', 'unverified', 'short-code']]);
    // Without the star it is another number, and with a country code it is no short code at all.
    expect(found('2000')).not.toEqual([['shekel', 'current', 'short-code']]);
    expect(found('+972 103')).not.toEqual([['shekel', 'unverified', 'short-code']]);
  });

  it('answers "unknown" for a star number it does not hold, read back as typed', () => {
    expect(lookUpNumber(twoCountries, '*9999')).toMatchObject({ kind: 'unknown', display: '*9999' });
  });

  it('a star number is a number to search for, a bare short number is not', () => {
    expect(looksLikePhone('*2000')).toBe(true);
    expect(looksLikePhone('103')).toBe(false);
  });
});
