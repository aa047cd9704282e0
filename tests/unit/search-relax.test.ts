import { describe, expect, it } from 'vitest';
import { useStrings } from '../../src/i18n/ui';
import { parseStopWords, relaxQuery } from '../../src/lib/search/relax';

const stopWords = parseStopWords(useStrings().t('search.stopWords'));

describe('relaxQuery', () => {
  it('drops the small words, whatever their case', () => {
    expect(relaxQuery('They hung up on me', stopWords)).toBe('hung up');
    expect(relaxQuery("they're ignoring my emails", stopWords)).toBe('ignoring emails');
    expect(relaxQuery('they’re ignoring my emails', stopWords)).toBe('ignoring emails');
  });

  it('answers undefined when there is nothing to drop, or nothing would be left', () => {
    expect(relaxQuery('comcast ceo email', stopWords)).toBeUndefined();
    expect(relaxQuery('what is it', stopWords)).toBeUndefined();
    expect(relaxQuery('   ', stopWords)).toBeUndefined();
  });
});

describe('parseStopWords', () => {
  it('reads a comma-separated list, trimmed and lower-cased', () => {
    expect([...parseStopWords(' A, the ,,Me ')]).toEqual(['a', 'the', 'me']);
  });
});
