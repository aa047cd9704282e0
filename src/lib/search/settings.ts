/**
 * How the site's search runs, in one place: Pagefind's ranking options and
 * how long the search box waits after a keystroke.
 */

/**
 * Pagefind's ranking options. Tried against the search-quality suite
 * (tests/e2e/search-quality.test.ts): termFrequency 0.5, pageLength 0.3,
 * termSaturation 0.5 to 2 and a title meta weight of 10 did no better than
 * Pagefind's defaults, so the defaults stand, written out so that any change
 * is a deliberate one, measured with the suite. What ranks the right page
 * first is the weighting in the pages: titles and problem phrasings 10,
 * aliases 8, a tactic's other names 7 (data-pagefind-weight).
 */
export const SEARCH_RANKING = {
  termFrequency: 1.0,
  termSimilarity: 1.0,
  termSaturation: 1.4,
  pageLength: 0.75,
} as const;

/**
 * Milliseconds Pagefind's search box waits after a keystroke before it searches.
 * Its default, 300, alone would break the 150 ms from typing to first result
 * (scripts/bench/search.mjs); Pagefind drops a superseded search, so searching
 * on nearly every keystroke costs little.
 */
export const SEARCH_DEBOUNCE_MS = 40;
