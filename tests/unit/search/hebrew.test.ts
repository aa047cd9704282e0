import { describe, expect, it } from 'vitest';
import { hebrewBareForms } from '../../../src/lib/search/hebrew';
import { planQuery } from '../../../src/lib/search/query';
import type { CompiledVocabulary } from '../../../src/lib/search/vocabulary';

describe('hebrewBareForms', () => {
  it('takes off one or two one-letter prefixes', () => {
    expect(hebrewBareForms('להחזר')).toEqual(['החזר', 'חזר']);
    expect(hebrewBareForms('וביטול')).toEqual(['ביטול', 'יטול']);
    expect(hebrewBareForms('ב-2024')).toEqual([]);
    expect(hebrewBareForms('ה-CFPB')).toEqual([]);
  });

  it('leaves a word without a prefix letter, a short word, and other scripts', () => {
    expect(hebrewBareForms('תלונה')).toEqual([]);
    expect(hebrewBareForms('של')).toEqual([]);
    expect(hebrewBareForms('refund')).toEqual([]);
  });
});

describe('a Hebrew query', () => {
  const vocabulary: CompiledVocabulary = { smallWords: ['של', 'את'], nameEndings: [], namePrefixes: [], terms: [] };

  it('looks for each prefixed word bare as well', () => {
    const plan = planQuery('ביטול העסקה', vocabulary, 'he');
    expect(plan.concepts.map((c) => c.alternatives)).toEqual([
      ['ביטול', 'יטול'],
      ['העסקה', 'עסקה'],
    ]);
  });

  it('does not do so in another language', () => {
    expect(planQuery('ביטול', vocabulary, 'en').concepts[0]!.alternatives).toEqual(['ביטול']);
  });
});
