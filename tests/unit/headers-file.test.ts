import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../support/headers-file';

describe('the _headers file', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

  test('gives every page a strict Content Security Policy', () => {
    const csp = headersFor(rules, '/companies/expedia/')['Content-Security-Policy'] ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-inline');
  });

  test('sets the usual security headers on every path', () => {
    for (const path of ['/', '/search/', '/pagefind/pagefind.js']) {
      const headers = headersFor(rules, path);
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Permissions-Policy']).toContain('camera=()');
    }
  });

  test('caches fingerprinted assets for good, and nothing else', () => {
    expect(headersFor(rules, '/_astro/page.abc123.js')['Cache-Control']).toContain('immutable');
    expect(headersFor(rules, '/companies/')['Cache-Control']).toBeUndefined();
  });
});

describe('parseHeadersFile', () => {
  test('reads blocks, skips comments, and refuses a header outside a block', () => {
    expect(parseHeadersFile('# c\n/a/*\n  X-One: 1\n\n/b\n  X-Two: 2: two\n')).toEqual([
      { pattern: '/a/*', headers: [['X-One', '1']] },
      { pattern: '/b', headers: [['X-Two', '2: two']] },
    ]);
    expect(() => parseHeadersFile('  X-One: 1\n')).toThrow(/outside a path block/);
  });

  test('matches * as any run of characters and nothing else as a wildcard', () => {
    const rules = parseHeadersFile('/a.b/*\n  X: 1\n');
    expect(headersFor(rules, '/a.b/c/d')).toEqual({ X: '1' });
    expect(headersFor(rules, '/axb/c')).toEqual({});
  });
});
