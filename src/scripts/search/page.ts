/**
 * Browser glue for /search/: loads Pagefind's UI, mounts the page's search
 * with its filters, wires in the phone look-up, runs the query from ?q= (the
 * home page's plain form submits here) and keeps ?q= in step with the box so
 * a search can be shared or bookmarked.
 */
import { connectLookup } from './lookup';
import { connectRelax } from './relax';
import { loadPagefindUI, mountTemplate } from './ui';

export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  let components;
  try {
    components = await loadPagefindUI();
  } catch {
    status?.remove();
    root.querySelector<HTMLElement>('[data-search-error]')?.removeAttribute('hidden');
    return;
  }
  status?.remove();
  mountTemplate('search-page-template', root);
  // On a narrow screen the filters start folded, so the first results are on screen.
  const filters = root.querySelector<HTMLDetailsElement>('[data-search-filters]');
  if (filters && window.matchMedia('(max-width: 47.99rem)').matches) filters.open = false;
  const instance = components.getInstanceManager().getInstance('default');
  const answer = root.querySelector<HTMLElement>('[data-search-lookup]');
  const results = root.querySelector<HTMLElement>('pagefind-results');
  if (answer && results) connectLookup(instance, { answer, results, root });
  const notice = root.querySelector<HTMLElement>('[data-search-relaxed]');
  const empty = root.querySelector<HTMLElement>('[data-search-empty]');
  if (notice && empty) connectRelax(instance, { notice, empty });

  const query = new URLSearchParams(window.location.search).get('q')?.trim();
  const input = root.querySelector<HTMLInputElement>('pagefind-input input');
  instance.on('search', () => {
    // The reader's words, not a relaxed form of them.
    const typed = input?.value.trim() ?? '';
    const url = new URL(window.location.href);
    if (typed) url.searchParams.set('q', typed);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  });
  if (query) {
    if (input) input.value = query;
    instance.triggerSearch(query);
  }
  input?.focus();
}
