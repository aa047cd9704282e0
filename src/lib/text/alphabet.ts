import { compareNames } from './collate';

/** Latin letters that Unicode does not decompose to a base letter. */
const FOLDS: Record<string, string> = { Ø: 'O', Ł: 'L', Æ: 'A', Œ: 'O', Ð: 'D', Þ: 'T', ß: 'S', Đ: 'D', Ħ: 'H', Ŀ: 'L' };

/** The index letter for a name: its base Latin letter, another script's own letter, or "#" for digits and symbols. */
export function initialOf(name: string): string {
  const first = name.trim().normalize('NFKD').charAt(0).toUpperCase();
  const folded = FOLDS[first] ?? first;
  if (/^[A-Z]$/.test(folded)) return folded;
  return /^\p{L}$/u.test(folded) ? folded : '#';
}

/** Groups names under their initial letter for an A to Z index: A to Z, then other scripts, then "#". */
export function groupByInitial<T>(items: readonly T[], nameOf: (item: T) => string): { letter: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = initialOf(nameOf(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  const rank = (letter: string) => (letter === '#' ? 2 : /^[A-Z]$/.test(letter) ? 0 : 1);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([letter, grouped]) => ({
      letter,
      items: grouped.sort((a, b) => compareNames(nameOf(a), nameOf(b))),
    }));
}
