import { describe, expect, it } from 'vitest';
import { filtersFirst } from '../../../src/lib/search/filters-first';

/** A Pagefind stand-in whose filter chunks load when the test says so, and which records what ran when. */
function fakePagefind() {
  const events: string[] = [];
  let finish!: (loaded: boolean) => void;
  const filtersDone = new Promise<boolean>((resolve) => (finish = resolve));
  const api = {
    filters: async () => {
      events.push('filters asked');
      if (!(await filtersDone)) throw new Error('filter chunk failed');
      return { Type: { Company: 1 } };
    },
    search: async (term: string | null) => {
      events.push(`search ${term}`);
      return { term };
    },
    preload: async () => undefined,
  };
  return { api, events, finish };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('filtersFirst', () => {
  it('holds each search until the filter chunks are loaded', async () => {
    const { api, events, finish } = fakePagefind();
    const wrapped = filtersFirst(api);
    const first = wrapped.search('charge');
    const second = wrapped.search('refund');
    await settle();
    expect(events).toEqual(['filters asked']);
    finish(true);
    await expect(first).resolves.toEqual({ term: 'charge' });
    await expect(second).resolves.toEqual({ term: 'refund' });
    expect(events).toEqual(['filters asked', 'search charge', 'search refund']);
  });

  it('asks for the filters once, and searches at once after', async () => {
    const { api, events, finish } = fakePagefind();
    const wrapped = filtersFirst(api);
    finish(true);
    await wrapped.search('one');
    await wrapped.search('two');
    expect(events.filter((e) => e === 'filters asked')).toHaveLength(1);
  });

  it('still searches when the filters fail to load', async () => {
    const { api, finish } = fakePagefind();
    const wrapped = filtersFirst(api);
    finish(false);
    await expect(wrapped.search('charge')).resolves.toEqual({ term: 'charge' });
  });

  it('leaves the rest of the API as it was', () => {
    const { api } = fakePagefind();
    const wrapped = filtersFirst(api);
    expect(wrapped.preload).toBe(api.preload);
    expect(wrapped.filters).toBe(api.filters);
  });
});
