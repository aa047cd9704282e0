/**
 * /data/lookup/<language>.json: what the look-up needs besides the numbers,
 * in one language: the words it answers with, the names of statuses and
 * rungs, and the list of number files (see ./numbers/[shard].json.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, useStrings, type Locale } from '../../../i18n/ui';
import { lookupNames, lookupStrings, type LookupManifest } from '../../../lib/lookup/strings';

/** How the site writes dates (src/lib/text/dates.ts): day, month name, year. */
const DATE_LOCALE = 'en-GB';
import { lookupShards } from './_shards';

export const getStaticPaths = (() => Object.keys(locales).map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const strings = useStrings(params.lang as Locale);
  const { shards, countryCodes } = await lookupShards();
  const manifest: LookupManifest = {
    strings: lookupStrings(strings.t),
    ...lookupNames(strings),
    countryCodes,
    dateLocale: DATE_LOCALE,
    shards: shards.map((shard) => shard.prefix),
    totalBytes: shards.reduce((sum, shard) => sum + JSON.stringify(shard.directory).length, 0),
    shardUrl: '/data/lookup/numbers/{shard}.json',
    companiesUrl: '/companies/',
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
