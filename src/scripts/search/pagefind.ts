/**
 * The parts of Pagefind's JavaScript API (1.6) that search uses: the search
 * instance the Component UI creates, its results, and their data.
 */

export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  [key: string]: unknown;
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  matchedMetaFields?: string[];
  data(): Promise<PagefindFragment>;
}

export type PagefindFilters = Record<string, Record<string, number>>;

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, string>;
  [key: string]: unknown;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: PagefindFilters;
  totalFilters: PagefindFilters;
  timings?: unknown;
}

/** A Pagefind search instance (createInstance(), or the one the Component UI made). */
export interface PagefindApi {
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<PagefindFilters>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
}
