/**
 * An entry in another language: its facts as they are, its words from the
 * translation overlay. Lists are merged item by item (the checks in
 * translations.ts guarantee the same items in the same order), contacts by id,
 * and the reader's own lists (other names, everyday problems) are replaced.
 */

/** Lists whose items are the translator's own, not one per item of the entry. */
const REPLACED = new Set(['aka', 'problems']);

export function applyOverlay<T>(entry: T, overlay: Record<string, unknown>): T {
  return merge(entry, overlay, '') as T;
}

function merge(base: unknown, words: unknown, key: string): unknown {
  if (words === undefined) return base;
  if (typeof words === 'string') return words;
  if (Array.isArray(words)) {
    if (REPLACED.has(key) || !Array.isArray(base)) return words;
    return base.map((item, i) => merge(item, words[i], ''));
  }
  if (!isObject(words)) return base;
  if (key === 'contacts' && Array.isArray(base)) {
    return base.map((contact: { id: string }) => merge(contact, words[contact.id], ''));
  }
  const result: Record<string, unknown> = { ...(isObject(base) ? base : {}) };
  for (const [k, v] of Object.entries(words)) result[k] = merge(result[k], v, k);
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
