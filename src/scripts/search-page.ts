/** Browser-side glue for /search/: hands the ?q= query to Pagefind's components once they are ready. */

interface PagefindInstance {
  triggerSearch(term: string): void;
}
interface PagefindComponentsGlobal {
  getInstanceManager(): { getInstance(name?: string): PagefindInstance };
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponentsGlobal;
  }
}

export function runQueryFromUrl(): void {
  const query = new URLSearchParams(window.location.search).get('q')?.trim();
  if (!query) return;
  const start = () => {
    const components = window.PagefindComponents;
    if (!components) return false;
    const input = document.querySelector<HTMLInputElement>('pagefind-input input');
    if (input) input.value = query;
    components.getInstanceManager().getInstance('default').triggerSearch(query);
    return true;
  };
  if (start()) return;
  // The component script is deferred; wait for it.
  window.addEventListener('load', () => void start(), { once: true });
}
