/**
 * Gives search the look-up's answer: when the query is a phone number, the
 * answer (whose number, which rung, superseded, scam, or unknown) shows above
 * the results, and each company result names the contact that matched.
 */
import { looksLikePhone, lookUpNumber, type DirectoryNumber } from '../../lib/lookup/match';
import { renderAnswer } from '../lookup/render';
import { loadDirectory } from '../lookup/data';
import type { PagefindInstance } from './ui';

interface Parts {
  /** Where the answer goes. */
  answer: HTMLElement;
  /** The <pagefind-results> element; its data-matched-label says "Matches". */
  results: HTMLElement;
  /** Marked data-phone-query while the query is a number, so the results drop excerpts of digit soup. */
  root: HTMLElement;
}

/** The matched contact's line: "Matches: Tier 3 customer service, (866) 510-9715 (Unverified)". */
function matchedLine(label: string, entry: DirectoryNumber): string {
  const what = entry.label ? `${entry.label}, ${entry.display}` : entry.display;
  return `${label}: ${what} (${entry.statusName})`;
}

function annotate(results: HTMLElement, matches: readonly DirectoryNumber[], urls: ReadonlyMap<string, string>): void {
  const label = results.dataset.matchedLabel ?? '';
  for (const item of results.querySelectorAll<HTMLElement>('li.pf-result')) {
    const href = item.querySelector('a.pf-result-link')?.getAttribute('href');
    if (!href) continue;
    const path = new URL(href, location.href).pathname;
    const entry = matches.find((m) => urls.get(m.company) === path);
    let line = item.querySelector<HTMLElement>('[data-result-contact]');
    if (!entry) {
      // Back to the key contact the template wrote, if a previous query changed it.
      if (line?.dataset.original !== undefined) {
        line.textContent = line.dataset.original;
        delete line.dataset.original;
        delete line.dataset.matched;
      }
      continue;
    }
    const text = matchedLine(label, entry);
    if (line?.textContent === text) continue; // Idempotent: this runs from a MutationObserver.
    if (!line) {
      line = document.createElement('p');
      line.className = 'result-contact';
      line.dataset.resultContact = '';
      item.querySelector('.result-summary, .pf-result-title')?.after(line);
    }
    line.dataset.original ??= line.textContent ?? '';
    line.dataset.matched = entry.status;
    line.textContent = text;
  }
}

export function connectLookup(instance: PagefindInstance, parts: Parts): void {
  let latest = 0;
  let matches: DirectoryNumber[] = [];
  let urls = new Map<string, string>();
  const refresh = () => annotate(parts.results, matches, urls);

  instance.on('search', async (term: string) => {
    const id = ++latest;
    const phone = looksLikePhone(term);
    parts.root.toggleAttribute('data-phone-query', phone);
    if (!phone) {
      matches = [];
      parts.answer.replaceChildren();
      parts.answer.dataset.answer = '';
      parts.answer.dataset.query = term;
      refresh();
      return;
    }
    try {
      const payload = await loadDirectory();
      if (id !== latest) return; // A newer query has started.
      const answer = lookUpNumber(payload, term);
      renderAnswer(parts.answer, answer, payload);
      matches = answer?.kind === 'found' ? answer.matches : [];
      urls = new Map(Object.entries(payload.companies).map(([key, company]) => [key, company.url]));
      refresh();
    } catch {
      // Without the directory, search still shows Pagefind's results for the number.
      parts.answer.replaceChildren();
    }
    // Tells tests and the benchmark which query the answer (or its absence) belongs to.
    if (id === latest) parts.answer.dataset.query = term;
  });
  // Pagefind fills results in as their data arrives, after the search event.
  new MutationObserver(refresh).observe(parts.results, { childList: true, subtree: true });
}
