/** Groups names under their initial letter for an A to Z index; digits and symbols go under "#". */
export function groupByInitial<T>(items: readonly T[], nameOf: (item: T) => string): { letter: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const first = nameOf(item).normalize('NFKD').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, grouped]) => ({
      letter,
      items: grouped.sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'en', { sensitivity: 'base' })),
    }));
}
