/** The English vocabulary as written in content/vocabulary/en.yaml: valid, and it speaks for readers. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { vocabularySchema } from '../../../src/schemas/vocabulary';
import { planQuery } from '../../../src/lib/search/query';
import { compileVocabulary } from '../../../src/lib/search/vocabulary';

const vocabulary = compileVocabulary(vocabularySchema.parse(parse(readFileSync('content/vocabulary/en.yaml', 'utf8'))), 'en');
const alternatives = (query: string) => planQuery(query, vocabulary, 'en').concepts.map((c) => c.alternatives);

describe('content/vocabulary/en.yaml', () => {
  it.each([
    ['email the ceo', 'executive'],
    ['corporate office address', 'headquarters'],
    ['they raised my price', 'charge'],
    ['a fee on my bill', 'charge'],
    ['double billed', 'chargeback'],
    ['the rep was rude', 'agent'],
  ])('gives "%s" the pages’ word "%s"', (query, pages) => {
    expect(alternatives(query).flat()).toContain(pages);
  });

  it('drops the small words of a question', () => {
    expect(alternatives('what can i do when they will not call me back').flat()).not.toContain('what');
  });
});
