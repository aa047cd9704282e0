/**
 * Pagefind only returns pages that hold every word of a query, so a question
 * asked in everyday words ("they hung up on me") can find nothing because of
 * "they" or "me". When that happens, search asks again without the small words
 * that carry no meaning, and says so.
 */

/** Splits the interface's list of small words ("a, an, the, …") into a set. */
export function parseStopWords(list: string): Set<string> {
  return new Set(
    list
      .split(',')
      .map((word) => word.trim().toLowerCase())
      .filter(Boolean),
  );
}

/**
 * The query without its small words, or undefined when that changes nothing
 * or leaves nothing to search for.
 */
export function relaxQuery(query: string, stopWords: ReadonlySet<string>): string | undefined {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !stopWords.has(word.toLowerCase().replace(/[’']/g, "'")));
  if (kept.length === 0 || kept.length === words.length) return undefined;
  return kept.join(' ');
}
