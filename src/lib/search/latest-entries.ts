/**
 * An IntersectionObserver may hand over several entries for one element at
 * once, oldest first, when the page was too busy to run its callback between
 * frames. Only the newest says where the element is now.
 */
export function latestPerTarget<Entry extends { target: unknown }>(entries: readonly Entry[]): Entry[] {
  const latest = new Map<unknown, Entry>();
  for (const entry of entries) latest.set(entry.target, entry);
  return [...latest.values()];
}
