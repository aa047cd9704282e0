/**
 * The look-up directory and its number files, built once per build and shared
 * by the routes that publish them (a leading "_" keeps this file from being a route).
 */
import { loadCatalog } from '../../../data/catalog';
import { buildLookupDirectory } from '../../../lib/lookup/directory';
import { countryCodes, splitDirectory, type NumberShard } from '../../../lib/lookup/shards';

let built: Promise<{ shards: NumberShard[]; countryCodes: string[] }> | undefined;

export function lookupShards(): Promise<{ shards: NumberShard[]; countryCodes: string[] }> {
  built ??= loadCatalog().then(({ companies }) => {
    const directory = buildLookupDirectory(companies);
    return { shards: splitDirectory(directory), countryCodes: countryCodes(directory) };
  });
  return built;
}
