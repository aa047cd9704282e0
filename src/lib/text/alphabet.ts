/** Latin letters that Unicode does not decompose to a base letter. */
const FOLDS: Record<string, string> = { Ø: 'O', Ł: 'L', Æ: 'A', Œ: 'O', Ð: 'D', Þ: 'T', ß: 'S', Đ: 'D', Ħ: 'H', Ŀ: 'L' };
/** Letters a language's alphabet has of its own, kept as index letters rather than folded to a base letter. */
const OWN_LETTERS: Record<string, string> = { nb: 'ÆØÅ', da: 'ÆØÅ', sv: 'ÅÄÖ' };
/** The script of a language whose index letters come first. */
const SCRIPT: Record<string, RegExp> = { he: /^\p{Script=Hebrew}$/u };

/** The index letter for a name: its base Latin letter, another script's own letter, or "#" for digits and symbols. */
export function initialOf(name: string, locale = 'en'): string {
  const raw = name.trim().charAt(0).toUpperCase();
  if (OWN_LETTERS[locale]?.includes(raw)) return raw;
  const first = name.trim().normalize('NFKD').charAt(0).toUpperCase();
  const folded = FOLDS[first] ?? first;
  if (/^[A-Z]$/.test(folded)) return folded;
  return /^\p{L}$/u.test(folded) ? folded : '#';
}

/**
 * Groups names under their initial letter for an A to Z index, in the order of
 * the page's language (Intl.Collator): the letters of its own script first
 * (א to ת on a Hebrew page), then Latin, then other scripts, then "#".
 */
export function groupByInitial<T>(items: readonly T[], nameOf: (item: T) => string, locale = 'en'): { letter: string; items: T[] }[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = initialOf(nameOf(item), locale);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  const own = SCRIPT[locale];
  const latin = (letter: string) => /^[A-Z]$/.test(letter) || Boolean(OWN_LETTERS[locale]?.includes(letter));
  const rank = (letter: string) => (letter === '#' ? 3 : own?.test(letter) ? 0 : latin(letter) ? 1 : 2);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || collator.compare(a, b))
    .map(([letter, grouped]) => ({
      letter,
      items: grouped.sort((a, b) => collator.compare(nameOf(a), nameOf(b))),
    }));
}
