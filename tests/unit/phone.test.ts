import { describe, expect, it } from 'vitest';
import { hasLetters, parsePhone, tryParsePhone, typedForms, vanityToDigits } from '../../src/lib/directory/phone';

const EXPEDIA_TIER_3 = '+18665109715';

describe('parsePhone', () => {
  it.each(['8665109715', '866-510-9715', '(866) 510-9715', '866 510 9715', '+1 866 510 9715', '1-866-510-9715', '+1 866-510-9715'])(
    'reads %s as +18665109715',
    (typed) => {
      expect(parsePhone(typed).e164).toBe(EXPEDIA_TIER_3);
    },
  );

  it('gives every display form of one number', () => {
    expect(parsePhone('866-510-9715')).toEqual({
      e164: '+18665109715',
      national: '(866) 510-9715',
      international: '+1 866 510 9715',
      uri: 'tel:+18665109715',
      countryCode: '1',
      nationalNumber: '8665109715',
    });
  });

  it('reads vanity numbers through the keypad', () => {
    expect(parsePhone('1-800-EXPEDIA').e164).toBe('+18003973342');
    expect(parsePhone('1-800-JENNAIR').national).toBe('(800) 536-6247');
    expect(parsePhone('1-800-XFINITY').e164).toBe('+18009346489');
  });

  it('keeps a number in another country in that country', () => {
    const london = parsePhone('+44 20 7946 0958');
    expect(london.e164).toBe('+442079460958');
    expect(london.countryCode).toBe('44');
    expect(london.national).toBe('020 7946 0958');
  });

  it('reads a national number against the region given', () => {
    expect(parsePhone('020 7946 0958', 'GB').e164).toBe('+442079460958');
  });

  it.each(['123', '+1 555 010', '+1 555-010-1234', '0000000000', '866-510-97'])('throws for the invalid number %s', (typed) => {
    expect(() => parsePhone(typed)).toThrow();
  });

  it('names the number in its error', () => {
    expect(() => parsePhone('+1 555 010')).toThrow(/"\+1 555 010" is not a valid phone number/);
  });

  it('throws for text that holds no number at all', () => {
    expect(() => parsePhone('')).toThrow();
    expect(() => parsePhone('+999 123 4567')).toThrow();
  });

  // BUG (src/lib/phone.ts:43): parsePhone promises "an Error with a readable
  // reason", but a ParseError from libphonenumber-js escapes unwrapped, so the
  // build reports only a bare code: "" gives "NOT_A_NUMBER", "n/a" gives
  // "TOO_SHORT", "+999 123 4567" gives "INVALID_COUNTRY", never naming the value.
  it.each(['', 'n/a', '+999 123 4567', '+1 866 510 9715 1234 5678 9'])(
    'names the value in its error for %j',
    (typed) => {
      expect(() => parsePhone(typed)).toThrow(`"${typed}" is not a valid phone number`);
    },
  );
});

describe('tryParsePhone', () => {
  it('answers undefined instead of throwing', () => {
    expect(tryParsePhone('123')).toBeUndefined();
    expect(tryParsePhone('(866) 510-9715')?.e164).toBe(EXPEDIA_TIER_3);
  });
});

describe('vanityToDigits', () => {
  it('turns letters into keypad digits and leaves the rest', () => {
    expect(vanityToDigits('1-800-EXPEDIA')).toBe('1-800-3973342');
    expect(vanityToDigits('1-800-JENNAIR')).toBe('1-800-5366247');
    expect(vanityToDigits('1-800-XFINITY')).toBe('1-800-9346489');
  });

  it('maps every letter of the keypad, in either case', () => {
    expect(vanityToDigits('ABCDEFGHIJKLMNOPQRSTUVWXYZ')).toBe('22233344455566677778889999');
    expect(vanityToDigits('abcdefghijklmnopqrstuvwxyz')).toBe('22233344455566677778889999');
  });

  it('leaves a number without letters unchanged', () => {
    expect(vanityToDigits('+1 (866) 510-9715')).toBe('+1 (866) 510-9715');
  });
});

describe('hasLetters', () => {
  it('tells vanity spellings from plain numbers', () => {
    expect(hasLetters('1-800-JENNAIR')).toBe(true);
    expect(hasLetters('1-800-jennair')).toBe(true);
    expect(hasLetters('+1 (866) 510-9715')).toBe(false);
  });
});

describe('typedForms', () => {
  const forms = typedForms(parsePhone('866-510-9715'));

  it.each(['8665109715', '866-510-9715', '(866) 510-9715', '866 510 9715', '+1 866 510 9715', '1-866-510-9715'])(
    'includes the typed form %s',
    (form) => {
      expect(forms).toContain(form);
    },
  );

  it('includes the digits-only forms, with and without the country code', () => {
    expect(forms).toContain('8665109715');
    expect(forms).toContain('18665109715');
    expect(forms).toContain('+18665109715');
  });

  it('includes the dotted form and the local seven-digit form', () => {
    expect(forms).toContain('866.510.9715');
    expect(forms).toContain('510-9715');
  });

  it('lists each form once', () => {
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('gives a vanity number its digit forms', () => {
    const vanity = typedForms(parsePhone('1-800-EXPEDIA'));
    expect(vanity).toContain('1-800-397-3342');
    expect(vanity).toContain('18003973342');
  });

  it('does not apply North American grouping to numbers elsewhere', () => {
    const london = typedForms(parsePhone('+44 20 7946 0958'));
    expect(london).toEqual(expect.arrayContaining(['2079460958', '442079460958', '+442079460958', '020 7946 0958', '+44 20 7946 0958']));
    expect(london.some((form) => form.startsWith('1-') || form.startsWith('+1'))).toBe(false);
    expect(london).toHaveLength(5);
  });
});
