/**
 * Fills in each result of Pagefind's results list once it is in view, as
 * Pagefind does, but from the newest IntersectionObserver entry. Pagefind 1.6
 * reads only the first entry it is handed: on a busy page, one handed an
 * "out of view" entry and an "in view" one together kept the result a grey
 * placeholder until the reader scrolled it away and back.
 *
 * This uses the list's placeholders (`results`, with `placeholderNodes`,
 * `result` and `load()`: 1.6, the version is pinned); with another shape it
 * does nothing and Pagefind's own loading stands.
 */
import { latestPerTarget } from '../../lib/search/latest-entries';
import type { PagefindInstance } from './ui';

interface ResultPlaceholder {
  result: unknown;
  placeholderNodes?: Node[];
  load(): Promise<void> | void;
}

function placeholders(list: HTMLElement): ResultPlaceholder[] {
  const results = (list as unknown as { results?: unknown }).results;
  if (!Array.isArray(results)) return [];
  return results.filter(
    (r): r is ResultPlaceholder =>
      typeof r === 'object' && r !== null && typeof (r as ResultPlaceholder).load === 'function' && Array.isArray((r as ResultPlaceholder).placeholderNodes),
  );
}

export function loadResultsInView(instance: PagefindInstance, list: HTMLElement): void {
  const waiting = new Map<Element, ResultPlaceholder>();
  // Pagefind's own margin and threshold, so a result loads no earlier than it would have.
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of latestPerTarget(entries)) {
        const placeholder = waiting.get(entry.target);
        if (!entry.isIntersecting || !placeholder) continue;
        observer.unobserve(entry.target);
        waiting.delete(entry.target);
        // Pagefind's load() does nothing once the result is loaded or loading.
        void placeholder.load();
      }
    },
    { rootMargin: '50px', threshold: 0.01 },
  );
  instance.on('results', () => {
    observer.disconnect();
    waiting.clear();
    // After every handler of this event has run, the list's among them: its placeholders are then the new ones.
    queueMicrotask(() => {
      for (const placeholder of placeholders(list)) {
        const node = placeholder.placeholderNodes?.[0];
        if (placeholder.result !== null || !(node instanceof Element)) continue;
        waiting.set(node, placeholder);
        observer.observe(node);
      }
    });
  });
}
