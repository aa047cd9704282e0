/** Fetches the look-up directory built with the site, once per page. */
import type { LookupPayload } from '../../lib/lookup/strings';

export const DIRECTORY_URL = '/data/lookup/directory.json';

let loading: Promise<LookupPayload> | undefined;

export function loadDirectory(): Promise<LookupPayload> {
  loading ??= fetch(DIRECTORY_URL).then((response) => {
    if (!response.ok) throw new Error(`${DIRECTORY_URL}: HTTP ${response.status}`);
    return response.json() as Promise<LookupPayload>;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}
