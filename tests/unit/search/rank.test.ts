import { describe, expect, it } from 'vitest';
import { rank, type ConceptHits } from '../../../src/lib/search/rank';

const guides = new Set(['tactic-a', 'tactic-b', 'tactic-c']);
const isGuide = (id: string) => guides.has(id);
const hits = (...pairs: [string, number][]): ConceptHits => ({ hits: pairs.map(([id, score]) => ({ id, score })) });
const order = (r: ReturnType<typeof rank>) => r.pages.map((p) => p.id);

describe('rank', () => {
  it('finds a page that matches only some of the words, the one matching more words first', () => {
    const r = rank({
      concepts: [hits(['tactic-a', 10], ['tactic-b', 10]), hits(['tactic-a', 10]), hits()],
      totalPages: 20,
      isGuide,
    });
    expect(order(r)).toEqual(['tactic-a', 'tactic-b']);
    expect(r.pages[0]!.matched).toBe(2);
    // The third word is on no page: no page has every word.
    expect(r.complete).toBe(false);
  });

  it('weighs a rarer word more: one rare match beats one common match', () => {
    const common = hits(...Array.from({ length: 15 }, (_, i): [string, number] => [`company-${i}`, 10]), ['tactic-a', 10]);
    const rare = hits(['tactic-b', 10]);
    expect(order(rank({ concepts: [common, rare], totalPages: 20, isGuide }))[0]).toBe('tactic-b');
  });

  it('counts a strong match (a title) far above a passing mention', () => {
    const r = rank({ concepts: [hits(['tactic-a', 2]), hits(['tactic-b', 20])], totalPages: 20, isGuide });
    expect(order(r)).toEqual(['tactic-b', 'tactic-a']);
  });

  it('puts a named company first and the guide for the rest of the query second', () => {
    const name = { ...hits(['delta', 80], ['tactic-c', 5]), name: true };
    const problem = hits(['tactic-a', 12], ['united', 20], ['tactic-b', 6]);
    const r = rank({ concepts: [name, problem], totalPages: 20, isGuide, named: ['delta'] });
    expect(order(r).slice(0, 2)).toEqual(['delta', 'tactic-a']);
    // The company's own name is not a word the rest of the results must match.
    expect(r.complete).toBe(true);
  });

  it('puts a guide first for a problem, even above a company that matched more strongly', () => {
    const r = rank({ concepts: [hits(['united', 50], ['tactic-b', 8])], totalPages: 20, isGuide });
    expect(order(r)).toEqual(['tactic-b', 'united']);
  });

  it('keeps a company first when nothing but its name was asked and no guide matched', () => {
    const r = rank({ concepts: [{ ...hits(['delta', 80]), name: true }], totalPages: 20, isGuide, named: ['delta'] });
    expect(order(r)).toEqual(['delta']);
    expect(r.complete).toBe(true);
  });

  it('lets a weak concept (a word on no page) count for little, and never for a full match', () => {
    const r = rank({ concepts: [{ ...hits(['tactic-a', 10]), weight: 0.2 }, hits(['tactic-b', 10])], totalPages: 20, isGuide });
    expect(order(r)[0]).toBe('tactic-b');
    expect(r.complete).toBe(false);
  });

  it('puts the guide the vocabulary says the words are about above one that holds them more strongly', () => {
    const words = [hits(['tactic-a', 10], ['tactic-b', 18]), hits(['tactic-a', 8], ['tactic-b', 16])];
    expect(order(rank({ concepts: words, totalPages: 20, isGuide }))[0]).toBe('tactic-b');
    const about = words.map((c) => ({ ...c, about: ['tactic-a'] }));
    expect(order(rank({ concepts: about, totalPages: 20, isGuide }))[0]).toBe('tactic-a');
  });

  it('answers nothing for nothing', () => {
    expect(rank({ concepts: [hits(), hits()], totalPages: 20, isGuide })).toEqual({ pages: [], complete: false });
  });
});
