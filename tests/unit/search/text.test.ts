import { describe, expect, it } from 'vitest';
import { foldWord, nameKey, tokenize } from '../../../src/lib/search/text';

describe('tokenize', () => {
  it('reads words in lower case, with typographic apostrophes folded and the punctuation around them dropped', () => {
    expect(tokenize('Why won’t they REFUND me?', 'en').map((t) => t.word)).toEqual(['why', "won't", 'they', 'refund', 'me']);
  });

  it('keeps what a word holds inside: at&t, t-mobile, expedia.com, 1-800-jennair', () => {
    expect(tokenize('AT&T, T-Mobile (expedia.com) 1-800-JENNAIR.', 'en').map((t) => t.word)).toEqual([
      'at&t',
      't-mobile',
      'expedia.com',
      '1-800-jennair',
    ]);
  });

  it('gives where each word stood in the text', () => {
    expect(tokenize('  hi there', 'en')).toEqual([
      { word: 'hi', start: 2, end: 4 },
      { word: 'there', start: 5, end: 10 },
    ]);
  });

  it('reads letters of any script', () => {
    expect(tokenize('Reklamasjon på varen', 'nb').map((t) => t.word)).toEqual(['reklamasjon', 'på', 'varen']);
    expect(tokenize('ביטול עסקה', 'he').map((t) => t.word)).toEqual(['ביטול', 'עסקה']);
  });
});

describe('foldWord and nameKey', () => {
  it('folds a word as tokenize does', () => {
    expect(foldWord('Delta’s', 'en')).toBe("delta's");
  });

  it('makes one key of a name however it is spelt', () => {
    expect(new Set(['Jenn-Air', 'JennAir', 'jenn air'].map(nameKey))).toEqual(new Set(['jennair']));
    expect(nameKey('AT&T')).toBe(nameKey('AT and T'));
  });
});
