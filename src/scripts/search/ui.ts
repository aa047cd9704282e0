/**
 * Loads Pagefind's Component UI (about 180 kB of script and 40 kB of CSS) the
 * first time a reader asks for search, never with the page; configures each
 * search instance before it first queries the index; and puts the site's own
 * search (./engine.ts) under each instance, with its answers above the results.
 */
import type { SearchData } from '../../lib/search/data';
import { RESULT_TEMPLATE } from '../../lib/search/result-template';
import { filtersFirst } from '../../lib/search/filters-first';
import { SEARCH_RANKING } from '../../lib/search/settings';
import { pageLanguage } from '../lookup/data';
import { connectAnswers } from './answers';
import { SearchEngine } from './engine';
import { loadResultsInView } from './result-loading';
import type { PagefindApi } from './pagefind';

const BUNDLE = '/pagefind/';

/** The parts of Pagefind's Component UI global this site uses. */
export interface PagefindInstance {
  triggerSearch(term: string): void;
  triggerLoad(): Promise<void>;
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
    // Both, so the dialog never shows unstyled; the search data comes alongside.
    void loadSearchData().catch(() => undefined);
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

let searchData: Promise<SearchData> | undefined;

/** The page language's vocabulary, small words and names manifest (/data/search/<lang>.json), once. */
export function loadSearchData(): Promise<SearchData> {
  searchData ??= fetch(`/data/search/${pageLanguage()}.json`).then((response) => {
    if (!response.ok) throw new Error(`search data: HTTP ${response.status}`);
    return response.json() as Promise<SearchData>;
  });
  searchData.catch(() => (searchData = undefined));
  return searchData;
}

/**
 * Puts a server-rendered <template>'s content (Pagefind's elements) into
 * place, each results list given the site's result template first, since
 * Pagefind reads it when the list connects.
 */
export function mountTemplate(id: string, into: Element): void {
  const template = document.getElementById(id);
  if (!(template instanceof HTMLTemplateElement)) return;
  const content = template.content.cloneNode(true) as DocumentFragment;
  for (const results of content.querySelectorAll('pagefind-results')) {
    const script = document.createElement('script');
    script.type = 'text/pagefind-template';
    script.textContent = RESULT_TEMPLATE;
    results.append(script);
  }
  into.append(content);
}

/**
 * Puts the site's search under an instance, and its answers into `root`.
 * Pagefind's Component UI keeps its search instance in `__pagefind__` (1.6;
 * the version is pinned): the instance is wrapped the moment the UI sets it,
 * so not even its first search runs without ours, nor before the filter
 * chunks are in (../../lib/search/filters-first.ts). Should the site's search
 * data not load, Pagefind's own search serves.
 */
export function connectSearch(instance: PagefindInstance, root: HTMLElement): void {
  const answersRoot = root.querySelector<HTMLElement>('[data-search-answers]');
  const results = root.querySelector<HTMLElement>('pagefind-results');
  const lookup = answersRoot?.querySelector<HTMLElement>('[data-search-lookup]');
  const notice = answersRoot?.querySelector<HTMLElement>('[data-search-notice]');
  const empty = answersRoot?.querySelector<HTMLElement>('[data-search-empty]');
  if (!answersRoot || !results || !lookup || !notice || !empty) return;
  const answers = connectAnswers({ answers: answersRoot, lookup, notice, empty, results, root }, () => instance.searchTerm);
  loadResultsInView(instance, results);
  instance.on('search', (term) => {
    if (!term.trim()) answers.clear();
  });
  const typeFilter = { name: answersRoot.dataset.typeFilter ?? '', company: answersRoot.dataset.typeCompany ?? '' };

  const wrap = (instance: PagefindApi): PagefindApi => {
    const pagefind = filtersFirst(instance);
    const own = { search: pagefind.search, filters: pagefind.filters, preload: pagefind.preload };
    const engine = loadSearchData().then(
      (data) => {
        const ours = new SearchEngine(own, data, typeFilter, (outcome) => answers.show(outcome));
        ours.warmUp();
        return ours;
      },
      () => undefined,
    );
    return {
      ...pagefind,
      search: async (term, options) => {
        const ours = await engine;
        return ours ? ours.search(term, options) : own.search(term, options);
      },
    };
  };
  const holder = instance as unknown as { __pagefind__?: PagefindApi | null };
  let current = holder.__pagefind__ ? wrap(holder.__pagefind__) : holder.__pagefind__;
  Object.defineProperty(holder, '__pagefind__', {
    configurable: true,
    get: () => current,
    set: (value: PagefindApi | null | undefined) => {
      current = value ? wrap(value) : value;
    },
  });
}
