/**
 * /data/lookup/<language>.json: what the look-up needs besides the numbers,
 * in one language: the words it answers with, the names of statuses and
 * rungs, and the list of number files (see ./numbers/[shard].json.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, useStrings, type Locale } from '../../../i18n/ui';
import { lookupNames, lookupStrings } from '../../../i18n/adapters';
import type { LookupManifest } from '../../../lib/lookup/strings';
import { routesFor } from '../../../i18n/routes';
import { lookupShards } from './_shards';

export const getStaticPaths = (() => Object.keys(locales).map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const strings = useStrings(params.lang as Locale);
  const { shards, countryCodes } = await lookupShards();
  const manifest: LookupManifest = {
    lang: params.lang as Locale,
    strings: lookupStrings(strings.t),
    ...lookupNames(strings),
    countryCodes,
    dateLocale: locales[params.lang as Locale].dateLocale,
    shards: shards.map((shard) => shard.prefix),
    totalBytes: shards.reduce((sum, shard) => sum + JSON.stringify(shard.directory).length, 0),
    shardUrl: '/data/lookup/numbers/{shard}.json',
    companiesUrl: routesFor(params.lang).companies,
    companyUrl: routesFor(params.lang).company('{id}'),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
