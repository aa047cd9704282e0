/**
 * /data/search/names/<key>.json: the exact company names and aliases whose
 * folded key starts with <key> ("-": all of them, while they fit one file),
 * each as [key, company id, name]. Search fetches the file of each word that
 * may start a name, to know when a query names a company.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { namesFileName } from '../../../../lib/search/data';
import type { NameEntry, Shard } from '../../../../lib/search/names';
import { namesIndex } from '../_data';

export const getStaticPaths = (async () =>
  (await namesIndex()).exact.map((shard) => ({ params: { key: namesFileName(shard.key) }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: Shard<NameEntry> }> = ({ props }) =>
  new Response(JSON.stringify(props.shard.entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
