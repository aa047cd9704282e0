/**
 * /data/search/typos/<key><length>.json: the words of company names of that
 * length filed under a two-letter key (see typoKeys in src/lib/search/names.ts).
 * Search fetches the files of a word only when it is in no page, to correct its spelling.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Shard } from '../../../../lib/search/names';
import { namesIndex } from '../_data';

export const getStaticPaths = (async () =>
  (await namesIndex()).typos.map((shard) => ({ params: { key: shard.key }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: Shard<string> }> = ({ props }) =>
  new Response(JSON.stringify(props.shard.entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
