/**
 * The search dialog, loaded on demand by search-trigger.ts. It loads
 * Pagefind's UI, mounts the dialog from the header's <template> on its own
 * Pagefind instance ("modal"), puts the site's search under it, and opens.
 * Pagefind's <pagefind-modal> handles focus, arrows, Enter and Escape.
 */
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
const button = document.querySelector<HTMLElement>('[data-search-open]');
let modal: PagefindModalElement | undefined;

function mount(into: HTMLElement): PagefindModalElement | undefined {
  mountTemplate('search-dialog-template', into);
  const element = into.querySelector<PagefindModalElement>('pagefind-modal') ?? undefined;
  const instance = window.PagefindComponents!.getInstanceManager().getInstance('modal');
  connectSearch(instance, into);
  const allResults = into.querySelector<HTMLAnchorElement>('[data-search-all]');
  const input = () => into.querySelector<HTMLInputElement>('pagefind-input input');
  if (allResults) {
    // The footer link carries the reader's query to the search page, where the filters are.
    instance.on('search', () => {
      const typed = input()?.value.trim() ?? '';
      allResults.href = typed ? `/search/?q=${encodeURIComponent(typed)}` : '/search/';
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
}

export async function openSearchDialog(): Promise<void> {
  // No dialog under `astro dev` (there is no index): the search page says how to get one.
  if (!host) return window.location.assign('/search/');
  button?.setAttribute('aria-busy', 'true');
  try {
    await loadPagefindUI();
    modal ??= mount(host);
    if (!modal) return;
    await settled(modal);
    modal.open();
    button?.setAttribute('aria-expanded', 'true');
  } catch {
    // Pagefind could not load (offline, blocked, or `astro dev`): the search page says so and offers the indexes.
    window.location.assign('/search/');
  } finally {
    button?.removeAttribute('aria-busy');
  }
}

