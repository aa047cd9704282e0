import { describe, expect, it } from 'vitest';
import { checkVocabulary, compileVocabulary, matchVocabulary, type VocabularyInput } from '../../../src/lib/search/vocabulary';

const input: VocabularyInput = {
  smallWords: ['a', 'my', 'the', 'i', 'was', 'in'],
  nameEndings: ["'s"],
  namePrefixes: [],
  tactics: { 'threaten-a-chargeback': [{ pages: 'chargeback', readers: ['double billed', 'overcharg*'] }] },
  rungs: { executive: [{ pages: 'executive', readers: ['ceo'] }] },
  words: [{ pages: 'charge', readers: ['fee*'] }],
};
const tactics = [
  { id: 'threaten-a-chargeback', text: 'Threaten a chargeback. A charge you never agreed to.' },
  { id: 'executive-customer-service', text: 'Reach executive customer service.' },
];

describe('compileVocabulary', () => {
  it('turns each reader phrase into its words, a trailing * kept as "any ending"', () => {
    const compiled = compileVocabulary(input, 'en');
    expect(compiled.terms).toEqual([
      { readers: [['double', 'billed'], ['overcharg*']], pages: 'chargeback', tactic: 'threaten-a-chargeback' },
      { readers: [['ceo']], pages: 'executive' },
      { readers: [['fee*']], pages: 'charge' },
    ]);
    expect(compiled.smallWords).toEqual(['a', 'my', 'the', 'i', 'was', 'in']);
  });
});

describe('matchVocabulary', () => {
  const { terms } = compileVocabulary(input, 'en');

  it('finds reader phrases in a query, longest first, with the page words they stand for', () => {
    expect(matchVocabulary(['i', 'was', 'double', 'billed', 'by', 'the', 'ceo'], terms)).toEqual([
      { start: 2, end: 4, pages: ['chargeback'], tactics: ['threaten-a-chargeback'] },
      { start: 6, end: 7, pages: ['executive'], tactics: [] },
    ]);
  });

  it('takes any ending for a starred word', () => {
    expect(matchVocabulary(['overcharged'], terms)).toEqual([{ start: 0, end: 1, pages: ['chargeback'], tactics: ['threaten-a-chargeback'] }]);
    expect(matchVocabulary(['fees'], terms)).toEqual([{ start: 0, end: 1, pages: ['charge'], tactics: [] }]);
    expect(matchVocabulary(['free'], terms)).toEqual([]);
  });

  it('gives a phrase every page word it leads to', () => {
    const both = compileVocabulary({ ...input, words: [...input.words, { pages: 'refund', readers: ['fee*'] }] }, 'en').terms;
    expect(matchVocabulary(['fee'], both)).toEqual([{ start: 0, end: 1, pages: ['charge', 'refund'], tactics: [] }]);
  });

  it('matches a word in another form it may take: a Hebrew word without its one-letter prefixes', () => {
    const hebrew = compileVocabulary(
      { ...input, smallWords: [], tactics: { 'cancel-a-purchase-or-subscription': [{ pages: 'ביטול עסקה', readers: ['ביטול עסקה'] }] }, rungs: {}, words: [] },
      'he',
    ).terms;
    expect(matchVocabulary(['לביטול', 'עסקה'], hebrew)).toEqual([]);
    expect(matchVocabulary(['לביטול', 'עסקה'], hebrew, (word) => (word.startsWith('ל') ? [word.slice(1)] : []))).toEqual([
      { start: 0, end: 2, pages: ['ביטול עסקה'], tactics: ['cancel-a-purchase-or-subscription'] },
    ]);
  });
});

describe('checkVocabulary', () => {
  it('accepts a vocabulary whose page words are on the pages', () => {
    expect(checkVocabulary(input, tactics, 'en')).toEqual([]);
  });

  it('names the field of each problem: an unknown tactic, page words no page has, a phrase of small words, a repeat', () => {
    const bad: VocabularyInput = {
      ...input,
      tactics: {
        'no-such-tactic': [{ pages: 'chargeback', readers: ['refund'] }],
        'threaten-a-chargeback': [{ pages: 'supervisor', readers: ['in the', 'double billed', 'double billed'] }],
      },
      words: [{ pages: 'headquarters', readers: ['hq'] }],
    };
    expect(checkVocabulary(bad, tactics, 'en')).toEqual([
      { field: 'tactics.no-such-tactic', message: 'unknown tactic "no-such-tactic"' },
      { field: 'tactics.threaten-a-chargeback[0].pages', message: '"supervisor" is not on the page of tactic "threaten-a-chargeback"' },
      { field: 'tactics.threaten-a-chargeback[0].readers[0]', message: '"in the" holds only small words, which search drops' },
      {
        field: 'tactics.threaten-a-chargeback[0].readers[2]',
        message: '"double billed" already leads to "supervisor" in tactics.threaten-a-chargeback[0].readers[1]',
      },
      { field: 'words[0].pages', message: '"headquarters" is not on any tactic page' },
    ]);
  });
});
