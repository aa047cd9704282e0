/**
 * The search dialog, loaded on demand by search-trigger.ts. It loads
 * Pagefind's UI, mounts the dialog from the header's <template> on its own
 * Pagefind instance ("modal"), puts the site's search under it, and opens.
 * Pagefind's <pagefind-modal> handles focus, arrows, Enter and Escape.
 */
import { routesFor } from '../../i18n/routes';
import { connectSearch, loadPagefindUI, mountTemplate } from './ui';

interface PagefindModalElement extends HTMLElement {
  open(): void;
  readonly isOpen: boolean;
}

/**
 * Pagefind's modal learns it was closed from the dialog's "close" event, which
 * comes a task after Escape; until then it ignores open(). A reader who closes
 * and reopens at once (Escape, then Ctrl+K) would get nothing, so wait for it.
 */
async function settled(modal: PagefindModalElement): Promise<void> {
  const dialog = modal.querySelector('dialog');
  if (dialog && !dialog.open && modal.isOpen) {
    await new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
  }
}

const host = document.querySelector<HTMLElement>('[data-search-dialog]');
const searchPage = routesFor(document.documentElement.lang).search;
const TEMPLATE_ID = 'search-dialog-template';

/**
 * The dialog's markup: on the search page it is in the document; elsewhere it
 * is fetched from the search page of this page's language, once, so reading
 * pages do not carry it.
 */
let template: Promise<void> | undefined;
function loadTemplate(): Promise<void> {
  template ??= (async () => {
    if (document.getElementById(TEMPLATE_ID)) return;
    const response = await fetch(host?.dataset.dialogSource ?? searchPage);
    if (!response.ok) throw new Error(`search page: ${response.status}`);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const found = page.getElementById(TEMPLATE_ID);
    if (!found) throw new Error('search page has no dialog template');
    document.body.append(document.importNode(found, true));
  })();
  template.catch(() => (template = undefined));
  return template;
}
const button = document.querySelector<HTMLElement>('[data-search-open]');
let modal: PagefindModalElement | undefined;

function mount(into: HTMLElement): PagefindModalElement | undefined {
  mountTemplate(TEMPLATE_ID, into);
  const element = into.querySelector<PagefindModalElement>('pagefind-modal') ?? undefined;
  const instance = window.PagefindComponents!.getInstanceManager().getInstance('modal');
  connectSearch(instance, into);
  const allResults = into.querySelector<HTMLAnchorElement>('[data-search-all]');
  const input = () => into.querySelector<HTMLInputElement>('pagefind-input input');
  if (allResults) {
    // The footer link carries the reader's query to the search page, where the filters are.
    instance.on('search', () => {
      const typed = input()?.value.trim() ?? '';
      allResults.href = typed ? `${searchPage}?q=${encodeURIComponent(typed)}` : searchPage;
    });
  }
  const dialog = element?.querySelector('dialog');
  dialog?.addEventListener('close', () => button?.setAttribute('aria-expanded', 'false'));
  // Pagefind names the dialog "search"; ours says whose search it is.
  if (element?.dataset.dialogLabel) dialog?.setAttribute('aria-label', element.dataset.dialogLabel);
  return element;
}

/** Starts fetching Pagefind's UI, for a reader about to search (focus or pointer on the button). */
export function preloadSearch(): void {
  loadPagefindUI().catch(() => undefined);
  loadTemplate().catch(() => undefined);
}

export async function openSearchDialog(): Promise<void> {
  // No dialog under `astro dev` (there is no index): the search page says how to get one.
  if (!host) return window.location.assign(searchPage);
  button?.setAttribute('aria-busy', 'true');
  try {
    await Promise.all([loadPagefindUI(), loadTemplate()]);
    modal ??= mount(host);
    if (!modal) return;
    await settled(modal);
    modal.open();
    button?.setAttribute('aria-expanded', 'true');
  } catch {
    // Pagefind could not load (offline, blocked, or `astro dev`): the search page says so and offers the indexes.
    window.location.assign(searchPage);
  } finally {
    button?.removeAttribute('aria-busy');
  }
}

