/**
 * Merges one Pagefind search per concept of a query into one ranking, so
 * that a page matching only some of the words is still found, and a question
 * with one word no page uses is no dead end.
 *
 *  - A page scores, for each concept it matches, that concept's rarity (the
 *    inverse document frequency: a word on few pages weighs more), scaled
 *    between half and all of it by how well Pagefind says the page matches
 *    (a title or a problem phrasing beats a passing mention).
 *  - A company the query names (by name, alias or one of its numbers) comes
 *    first; then the guide page (a tactic) that best answers the rest of the
 *    query; then everything else by score. With no company named, the best
 *    guide comes first: a problem query is answered by a tactic.
 */

export interface Hit {
  /** Pagefind's page id. */
  id: string;
  /** Pagefind's score for this concept. */
  score: number;
}

export interface ConceptHits {
  hits: readonly Hit[];
  /** True when the concept's words belong to the name of a company the query names. */
  name?: boolean;
  /** What the concept counts for (1 unless its hits are known to be weak). */
  weight?: number;
  /**
   * The guide pages the vocabulary says the concept's words are about
   * ("ביטול עסקה" is the cancellation tactic's term): each gains the concept's
   * rarity once more, so it is the guide chosen over one that merely holds
   * the same words more often.
   */
  about?: readonly string[];
}

export interface RankInput {
  concepts: readonly ConceptHits[];
  /** How many pages the index holds, for rarity. */
  totalPages: number;
  /** True for a guide page (a tactic, not a company). */
  isGuide: (id: string) => boolean;
  /** Page ids of the companies the query names, in the order they are named. */
  named?: readonly string[];
}

export interface RankedPage {
  id: string;
  score: number;
  /** How many of the query's concepts the page matches. */
  matched: number;
}

export interface Ranking {
  pages: RankedPage[];
  /**
   * True when some page matches every concept that is not a named company's
   * name: then the results are not just "some of the words".
   */
  complete: boolean;
}

/** The least a match counts for, however weak, against the query's best match. */
const MIN_STRENGTH = 0.1;

export function rank({ concepts, totalPages, isGuide, named = [] }: RankInput): Ranking {
  const total = Math.max(totalPages, 1);
  const all = new Map<string, { score: number; problem: number; matched: number; problemMatched: number; raw: number }>();
  const problemConcepts = concepts.filter((c) => !c.name).length;

  // How well a page matches, against the best match of any word of the query: a word in a title or
  // a problem phrasing (weighted 10 in the index) scores far above a passing mention in a paragraph.
  const best = Math.max(Number.MIN_VALUE, ...concepts.flatMap((c) => c.hits.map((h) => h.score)));
  for (const concept of concepts) {
    if (concept.hits.length === 0) continue;
    const rarity = Math.log(1 + total / concept.hits.length) * (concept.weight ?? 1);
    for (const hit of concept.hits) {
      const share = rarity * Math.max(MIN_STRENGTH, Math.min(1, hit.score / best));
      const page = all.get(hit.id) ?? { score: 0, problem: 0, matched: 0, problemMatched: 0, raw: 0 };
      const bonus = concept.about?.includes(hit.id) ? rarity / 2 : 0;
      page.score += share + bonus;
      page.matched += 1;
      page.raw += hit.score;
      if (!concept.name) {
        page.problem += share + bonus;
        // A weakly matched concept (a word on no page) never makes a page a match for every word.
        if ((concept.weight ?? 1) >= 1) page.problemMatched += 1;
      }
      all.set(hit.id, page);
    }
  }

  const byScore = [...all].sort(([, a], [, b]) => b.score - a.score || b.raw - a.raw);
  const order: string[] = [];
  const take = (id: string | undefined) => {
    if (id !== undefined && !order.includes(id)) order.push(id);
  };
  for (const id of named) if (all.has(id)) take(id);
  const guide = [...all]
    .filter(([id, page]) => isGuide(id) && page.problem > 0)
    .sort(([, a], [, b]) => b.problem - a.problem || b.score - a.score || b.raw - a.raw)[0];
  take(guide?.[0]);
  for (const [id] of byScore) take(id);

  const complete =
    problemConcepts === 0 ? named.some((id) => all.has(id)) || byScore.length > 0 : [...all.values()].some((p) => p.problemMatched === problemConcepts);
  return {
    pages: order.map((id) => ({ id, score: all.get(id)!.score, matched: all.get(id)!.matched })),
    complete,
  };
}
