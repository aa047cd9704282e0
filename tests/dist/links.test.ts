/**
 * Every internal link and #anchor in the built site resolves to a real file and
 * element. External links are listed (printed), never fetched: the tests run offline.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtPages, DIST } from '../support/dist';

const pages = builtPages();
const idsByPath = new Map<string, Set<string>>();
const links: { from: string; href: string }[] = [];

for (const { path, file } of pages) {
  // Script bodies are data or code, not links (Pagefind's result template holds {{ url }} placeholders).
  const html = readFileSync(file, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  idsByPath.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  for (const match of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) links.push({ from: path, href: match[1]!.replace(/&amp;/g, '&') });
}

function resolveFile(pathname: string): string | undefined {
  const candidate = join(DIST, decodeURIComponent(pathname));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

test('the site has links to check', () => {
  expect(links.length).toBeGreaterThan(100);
});

test('every internal link and anchor resolves', () => {
  const broken: string[] = [];
  for (const { from, href } of links) {
    if (/^(mailto|tel|sms):/.test(href)) continue;
    const url = new URL(href, `http://site.invalid${from}`);
    if (url.host !== 'site.invalid') continue;
    const file = resolveFile(url.pathname);
    if (!file) {
      broken.push(`${from} → ${href}: no such page`);
      continue;
    }
    if (url.hash && file.endsWith('.html')) {
      const target = url.pathname.endsWith('/') || url.pathname.endsWith('.html') ? url.pathname : `${url.pathname}/`;
      const ids = idsByPath.get(target) ?? new Set(readFileSync(file, 'utf8').match(/\sid="([^"]+)"/g) ?? []);
      if (!ids.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${from} → ${href}: no element with that id`);
    }
  }
  expect(broken).toEqual([]);
});

test('external links are listed, not fetched', () => {
  const external = [...new Set(links.map((l) => l.href).filter((h) => /^https?:\/\//.test(h)))].sort();
  // Every external link is https: a reader on a phone mid-dispute should not be sent over plain http.
  expect(external.filter((h) => h.startsWith('http://'))).toEqual([]);
  console.log(`${external.length} external links (not fetched):\n  ${external.join('\n  ')}`);
});
