/**
 * Browser glue for /search/: loads Pagefind's UI, mounts the page's search
 * with its filters, puts the site's search under it (./ui.ts), runs the query
 * from ?q= (the home page's plain form submits here) and keeps ?q= in step
 * with the box so a search can be shared or bookmarked.
 */
import { connectSearch, loadPagefindUI, mountTemplate } from './ui';

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
  connectSearch(instance, root);

  const query = new URLSearchParams(window.location.search).get('q')?.trim();
  const input = root.querySelector<HTMLInputElement>('pagefind-input input');
  instance.on('search', () => {
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
