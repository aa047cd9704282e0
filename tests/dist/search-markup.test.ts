/**
 * The search markup needs no inline script, handler or style attribute, so
 * the site's strict Content Security Policy holds: the header's search on
 * every page, and the page's own main on /search/ and /lookup/. Reads the
 * built files; the policy itself is tried in Chromium by tests/e2e/security.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from '../support/dist';

describe.each(['/search/', '/lookup/', '/tactics/stay-calm/'])('the search markup on %s', (path) => {
  test('has no inline script, no inline event handler and no style attribute', () => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    // Our parts: the header's search, and the page's own main on /search/ and /lookup/.
    const parts = [/<div class="search-trigger[\s\S]*?<\/header>/.exec(html)?.[0] ?? ''];
    if (path !== '/tactics/stay-calm/') parts.push(/<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '');
    for (const part of parts) {
      expect(part.length).toBeGreaterThan(0);
      // Scripts: external modules, Pagefind's template (data) only.
      for (const [tag] of part.matchAll(/<script\b[^>]*>/g)) {
        expect(tag, tag).toMatch(/\bsrc="|type="text\/pagefind-template"/);
      }
      expect(part).not.toMatch(/\son[a-z]+=/i);
      expect(part).not.toMatch(/\sstyle=/i);
    }
    // And the page's executable scripts all come from files.
    const inline = [...html.matchAll(/<script\b([^>]*)>([^<]*)<\/script>/g)].filter(
      ([, attrs, body]) => body!.trim() && !/type="(?:application\/(?:ld\+)?json|text\/pagefind-template)"/.test(attrs!),
    );
    expect(inline.map(([tag]) => tag.slice(0, 80))).toEqual([]);
  });
});
