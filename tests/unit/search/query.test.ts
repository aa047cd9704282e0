import { describe, expect, it } from 'vitest';
import { MAX_CONCEPTS, planQuery } from '../../../src/lib/search/query';
import { compileVocabulary } from '../../../src/lib/search/vocabulary';

const vocabulary = compileVocabulary(
  {
    smallWords: ['a', 'is', 'my', 'the', 'to', 'i', 'they', 'me', 'on', 'was'],
    nameEndings: [],
    namePrefixes: [],
    tactics: { 'threaten-a-chargeback': [{ pages: 'chargeback', readers: ['double billed'] }] },
    rungs: { executive: [{ pages: 'executive', readers: ['ceo'] }] },
    words: [],
  },
  'en',
);

describe('planQuery', () => {
  it('drops the small words and searches each other word on its own', () => {
    const plan = planQuery('They hung up on me', vocabulary, 'en');
    expect(plan.concepts.map((c) => c.alternatives)).toEqual([['hung'], ['up']]);
    expect(plan.words).toEqual(['they', 'hung', 'up', 'on', 'me']);
  });

  it('searches a reader phrase as its own words or the page words it stands for', () => {
    const plan = planQuery('complain to the CEO, I was double billed', vocabulary, 'en');
    expect(plan.concepts.map((c) => [c.label, c.alternatives])).toEqual([
      ['complain', ['complain']],
      ['ceo', ['ceo', 'executive']],
      ['double billed', ['double billed', 'chargeback']],
    ]);
  });

  it('takes a phone number out of the sentence for the look-up, and searches its digits too', () => {
    const plan = planQuery('is 888 714 9824 a real number?', vocabulary, 'en');
    expect(plan.numbers).toEqual(['888 714 9824']);
    expect(plan.concepts[0]).toMatchObject({ label: '888 714 9824', alternatives: ['8887149824'], phone: true });
    expect(plan.concepts.slice(1).map((c) => c.label)).toEqual(['real', 'number']);
    expect(plan.words).toEqual(['is', 'a', 'real', 'number']);
  });

  it('keeps where each word concept stands, for names and spelling', () => {
    const plan = planQuery('untied airlines refund', vocabulary, 'en');
    expect(plan.concepts.map((c) => [c.typed, c.start, c.end])).toEqual([
      [['untied'], 0, 1],
      [['airlines'], 1, 2],
      [['refund'], 2, 3],
    ]);
  });

  it('searches at most MAX_CONCEPTS concepts', () => {
    const words = Array.from({ length: MAX_CONCEPTS + 4 }, (_, i) => `word${i}`).join(' ');
    expect(planQuery(words, vocabulary, 'en').concepts).toHaveLength(MAX_CONCEPTS);
  });

  it('reads a single letter only as part of a name ("t mobile"), never as a word to search', () => {
    const plan = planQuery('t mobile', vocabulary, 'en');
    expect(plan.concepts.map((c) => c.label)).toEqual(['mobile']);
    expect(plan.words).toEqual(['t', 'mobile']);
  });
});
