/**
 * Pagefind (1.6) counts a search's facets from the filter chunks loaded so
 * far, and its Component UI lets the first search start while its own
 * filters() call is still loading them: on a slow machine that search came
 * back with some facets or none, and the filter pane dropped them until the
 * next query. The search API is wrapped so that every search waits for the
 * filter chunks first; the wait costs only the first search, which needs
 * them anyway.
 */

/** The part of a Pagefind instance this needs. */
export interface FilterLoading<Search extends (...args: never[]) => Promise<unknown>> {
  search: Search;
  filters(): Promise<unknown>;
}

/** The same API, its `search` called only once every filter chunk is loaded (or failed to). */
export function filtersFirst<Search extends (...args: never[]) => Promise<unknown>, Api extends FilterLoading<Search>>(api: Api): Api {
  const loaded = api.filters().then(
    () => undefined,
    // A failed load leaves the facets out; the search itself still runs.
    () => undefined,
  );
  const search = (async (...args: Parameters<Search>) => {
    await loaded;
    return api.search(...args);
  }) as Search;
  return { ...api, search };
}
