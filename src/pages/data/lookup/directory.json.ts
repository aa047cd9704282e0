/**
 * /data/lookup/directory.json: every phone and fax number in the directory and
 * every known scam number, with the words to answer with. The reverse look-up
 * (the /lookup/ page and search) reads it in the browser: no server involved.
 */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { useStrings } from '../../../i18n/ui';
import { buildLookupDirectory } from '../../../lib/lookup/directory';
import { directoryNames, lookupStrings, type LookupPayload } from '../../../lib/lookup/strings';

export const GET: APIRoute = async () => {
  const { companies } = await loadCatalog();
  const strings = useStrings();
  const payload: LookupPayload = {
    ...buildLookupDirectory(companies, directoryNames(strings)),
    strings: lookupStrings(strings.t),
  };
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
