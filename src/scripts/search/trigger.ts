/**
 * The header's search button and Ctrl/Cmd+K, on every page. This (with Vite's
 * small preload helper) is all the JavaScript a reading page loads: the dialog
 * and Pagefind's UI come in with import() only once the reader asks for search
 * (click, shortcut) or is about to (focus or pointer on the button).
 * The import() also keeps Astro from inlining this small script into the HTML,
 * which a Content Security Policy without 'unsafe-inline' would block.
 */
type Dialog = typeof import('./dialog');

let dialog: Promise<Dialog> | undefined;
const loadDialog = (): Promise<Dialog> => {
  dialog ??= import('./dialog');
  // A failed load (offline) may succeed on the next try.
  dialog.catch(() => (dialog = undefined));
  return dialog;
};

function openSearch(): void {
  loadDialog().then(
    (module) => module.openSearchDialog(),
    // Without the dialog's code, the search page still says what to do.
    () => window.location.assign(document.querySelector<HTMLElement>('[data-search-dialog]')?.dataset.dialogSource ?? '/search/'),
  );
}

const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
if (button) {
  // Without JavaScript the button could do nothing, so it starts hidden and the nav's Search link serves.
  button.hidden = false;
  if (/mac|iphone|ipad/i.test(navigator.platform)) button.querySelector('kbd')?.replaceChildren('⌘K');
  button.addEventListener('click', openSearch);
  for (const warmUp of ['focus', 'pointerenter']) {
    button.addEventListener(warmUp, () => void loadDialog().then((module) => module.preloadSearch()), { once: true });
  }
}

document.addEventListener('keydown', (event) => {
  if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
  event.preventDefault();
  // On the search page its own box is the search.
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] pagefind-input input');
  if (pageInput) pageInput.focus();
  else openSearch();
});
