/**
 * /data/lookup/numbers/<prefix>.json: the numbers of the directory that start
 * with those digits (international form), with their companies. The look-up
 * fetches only the file a typed number leads to; see src/lib/lookup/shards.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shardFileName, type NumberShard } from '../../../../lib/lookup/shards';
import { lookupShards } from '../_shards';

export const getStaticPaths = (async () => {
  const { shards } = await lookupShards();
  return shards.map((shard) => ({ params: { shard: shardFileName(shard.prefix) }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: NumberShard }> = ({ props }) =>
  new Response(JSON.stringify(props.shard.directory), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
