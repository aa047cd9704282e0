/**
 * Hebrew writes several small words as one-letter prefixes: ו (and), ה (the),
 * ב (in), ל (to), מ (from), ש (that), כ (as). "והחזר" is "and the refund".
 * Pagefind has no Hebrew stemmer, so a page with "החזר" is not found by
 * "והחזר" or "להחזר"; search asks for the bare word as well. Up to two
 * prefixes come off ("ובביטול" → "בביטול" → "ביטול"), and the bare word keeps
 * at least two letters.
 */
const PREFIXES = new Set(['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ']);
const HEBREW_WORD = /^[\u05d0-\u05ea][\u05d0-\u05ea"'״׳-]*$/;

/** The word without its prefixes, the shortest last; empty for a word with none or not in Hebrew. */
export function hebrewBareForms(word: string): string[] {
  if (!HEBREW_WORD.test(word)) return [];
  const forms: string[] = [];
  let rest = word;
  for (let taken = 0; taken < 2; taken += 1) {
    const first = rest[0]!;
    // A maqaf or hyphen after a prefix ("ב-2024", "ה-CFPB") goes with it.
    const next = rest.slice(1).replace(/^[-־]/, '');
    if (!PREFIXES.has(first) || next.length < 2) break;
    rest = next;
    forms.push(rest);
  }
  return forms;
}
