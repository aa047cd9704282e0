/**
 * When a query in everyday words finds nothing because of its small words,
 * searches again without them and says so; when even that finds nothing,
 * points the reader to the indexes. See src/lib/search/relax.ts.
 */
import { looksLikePhone } from '../../lib/lookup/match';
import { fill } from '../../lib/lookup/strings';
import { parseStopWords, relaxQuery } from '../../lib/search/relax';
import type { PagefindInstance } from './ui';

interface Parts {
  /** "No page has every word of …": carries data-template and data-stop-words from ui.ts. */
  notice: HTMLElement;
  /** The hint shown when nothing at all was found. */
  empty: HTMLElement;
}

export function connectRelax(instance: PagefindInstance, { notice, empty }: Parts): void {
  const stopWords = parseStopWords(notice.dataset.stopWords ?? '');
  const template = notice.dataset.template ?? '';
  /** The reader's own query, while the results shown are for its relaxed form. */
  let original: string | undefined;
  let ours = false;

  instance.on('search', () => {
    if (ours) {
      ours = false;
      return;
    }
    original = undefined;
    notice.hidden = true;
    empty.hidden = true;
  });

  instance.on('results', ({ results }) => {
    const term = instance.searchTerm.trim();
    if (!term) return;
    if (results.length > 0) {
      if (original) {
        notice.textContent = fill(template, { query: original, relaxed: term });
        // For tests and the benchmark: which query was relaxed into which.
        notice.dataset.query = original;
        notice.dataset.relaxed = term;
        notice.hidden = false;
      }
      return;
    }
    const relaxed = original || looksLikePhone(term) ? undefined : relaxQuery(term, stopWords);
    if (relaxed) {
      original = term;
      ours = true;
      instance.triggerSearch(relaxed);
      return;
    }
    empty.hidden = false;
  });
}
