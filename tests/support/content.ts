/**
 * Reads the content files directly, independently of the site's own loaders,
 * so tests check the built pages against what the files say.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

export interface RawEntry<T = Record<string, unknown>> {
  id: string;
  data: T;
  body: string;
}

export function readCollection<T = Record<string, unknown>>(
  collection: 'tactics' | 'companies' | 'bodies' | `translations/${'he' | 'nb'}/${'tactics' | 'companies' | 'bodies'}`,
  root = 'content',
): RawEntry<T>[] {
  const dir = join(root, collection);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file} has no frontmatter`);
      return { id: basename(file, '.mdx'), data: parse(match[1]!) as T, body: match[2]! };
    });
}

export interface TacticData {
  title: string;
  summary: string;
  stage: string;
  scripts: { when: string; say: string }[];
  story?: { who: string };
  risks: string[];
}

export interface CompanyData {
  name: string;
  /** The company's country, in which numbers written in national form are read. */
  country: string;
  summary: string;
  aliases?: string[];
  contacts: { kind: string; label: string; status?: string; value: unknown }[];
  scamNumbers?: { value: string }[];
}
