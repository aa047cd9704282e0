/**
 * Loads Pagefind's Component UI (about 180 kB of script and 40 kB of CSS) the
 * first time a reader asks for search, never with the page, and configures
 * each search instance before it first queries the index.
 */
import { SEARCH_RANKING } from '../../lib/search/settings';

const BUNDLE = '/pagefind/';

/** The parts of Pagefind's Component UI global this site uses. */
export interface PagefindInstance {
  triggerSearch(term: string): void;
  on(event: 'search', callback: (term: string) => void, owner?: object | null): void;
  on(event: 'results', callback: (results: { results: unknown[] }) => void, owner?: object | null): void;
  on(event: 'error', callback: (error: { message?: string }) => void, owner?: object | null): void;
  searchTerm: string;
}
export interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): void;
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
}
declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

/** The search instances: the header's dialog, and the search page's own box. */
export type InstanceName = 'modal' | 'default';

function load(element: HTMLLinkElement | HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error(`could not load ${'src' in element ? element.src : element.href}`)), {
      once: true,
    });
    document.head.append(element);
  });
}

let loading: Promise<PagefindComponents> | undefined;

export function loadPagefindUI(): Promise<PagefindComponents> {
  loading ??= (async () => {
    const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${BUNDLE}pagefind-component-ui.css` });
    const js = Object.assign(document.createElement('script'), { src: `${BUNDLE}pagefind-component-ui.js` });
    // Both, so the dialog never shows unstyled.
    await Promise.all([load(css), load(js)]);
    const components = window.PagefindComponents;
    if (!components) throw new Error('Pagefind Component UI loaded but did not register');
    // Before any element of an instance connects, so the options apply to its first query.
    for (const name of ['modal', 'default'] satisfies InstanceName[]) {
      components.configureInstance(name, { bundlePath: BUNDLE, ranking: SEARCH_RANKING });
    }
    return components;
  })();
  // A failed load may be a dropped connection: let the next attempt try again.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Puts a server-rendered <template>'s content (Pagefind elements, our template) into place. */
export function mountTemplate(id: string, into: Element): void {
  const template = document.getElementById(id);
  if (template instanceof HTMLTemplateElement) into.append(template.content.cloneNode(true));
}
