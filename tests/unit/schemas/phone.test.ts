import { describe, expect, it } from 'vitest';
import { phoneNumber } from '../../../src/schemas/phone';
import { issuesOf } from '../fixtures/issues';

describe('phoneNumber schema', () => {
  it('turns a written number into E.164 and display forms', () => {
    expect(phoneNumber.parse('+1 866-510-9715')).toEqual({
      e164: '+18665109715',
      national: '(866) 510-9715',
      international: '+1 866 510 9715',
      uri: 'tel:+18665109715',
      countryCode: '1',
      nationalNumber: '8665109715',
    });
  });

  it('gives a number written in digits no vanity label', () => {
    expect(phoneNumber.parse('1-877-787-7186')).not.toHaveProperty('vanity');
  });

  it('keeps a vanity spelling as its label beside the real number', () => {
    const parsed = phoneNumber.parse('1-800-EXPEDIA');
    expect(parsed.vanity).toBe('1-800-EXPEDIA');
    expect(parsed.e164).toBe('+18003973342');
    expect(parsed.national).toBe('(800) 397-3342');
  });

  it('trims the vanity label', () => {
    expect(phoneNumber.parse('  1-800-JENNAIR ').vanity).toBe('1-800-JENNAIR');
  });

  it.each(['123', '+1 555 010', '1-800-NOPE'])('rejects %s with the reason', (value) => {
    const issues = issuesOf(phoneNumber.safeParse(value));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe('custom');
    expect(issues[0]?.message).toContain(`"${value}" is not a valid phone number`);
  });

  it('rejects a number given as a JavaScript number', () => {
    expect(phoneNumber.safeParse(8665109715).success).toBe(false);
  });
});
