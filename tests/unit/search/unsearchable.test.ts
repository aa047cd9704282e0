import { describe, expect, it } from 'vitest';
import { fromUnsearchable, toUnsearchable } from '../../../src/lib/search/unsearchable';

describe('unsearchable text', () => {
  it.each(['Customer service: (800) 221-1212', 'US airline based in Atlanta. Reservations and refund lines.', 'ביטול עסקה · Bokmål ø', 'Nordic “quotes” – ’', ''])(
    'reads back what it wrote: %s',
    (text) => {
      expect(fromUnsearchable(toUnsearchable(text))).toBe(text);
    },
  );

  it('writes Hebrew and Norwegian at two marks a character, as English', () => {
    const hebrew = 'ספקית חשמל בנורווגיה';
    expect([...toUnsearchable(hebrew)].length).toBeLessThanOrEqual(2 * hebrew.length + 5);
    expect([...toUnsearchable('Strøm på Ørland')].length).toBe(2 * 'Strøm på Ørland'.length);
  });

  it('reads back characters beyond the first plane', () => {
    expect(fromUnsearchable(toUnsearchable('a 😀 b'))).toBe('a 😀 b');
  });

  it('holds no letter and no digit, so Pagefind indexes no word of it', () => {
    expect(toUnsearchable('Customer service 2024 ø')).not.toMatch(/[\p{L}\p{N}\s]/u);
  });

  it('returns a value it did not write unchanged', () => {
    expect(fromUnsearchable('Delta Air Lines')).toBe('Delta Air Lines');
    expect(fromUnsearchable('!')).toBe('!');
  });
});
