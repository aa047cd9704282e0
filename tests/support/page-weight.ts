/**
 * What a built page costs a reader before they interact: its HTML, the CSS it
 * links, and the JavaScript it loads at start (scripts, module preloads and
 * everything those modules import statically), each gzipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  jsFiles: string[];
  cssFiles: string[];
}

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function assetPath(dist: string, url: string): string | undefined {
  if (/^(https?:)?\/\//.test(url)) return undefined;
  const file = join(dist, url.split(/[?#]/)[0]!);
  return existsSync(file) ? file : undefined;
}

/** Follows static `import … from "…"` and `import "…"` in a bundled module (not dynamic import()). */
function staticImports(dist: string, url: string, seen: Set<string>): void {
  if (seen.has(url)) return;
  seen.add(url);
  const file = assetPath(dist, url);
  if (!file) return;
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const spec = match[1]!;
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    staticImports(dist, spec.startsWith('/') ? spec : posix.join(dirname(url), spec), seen);
  }
}

export function pageWeight(dist: string, htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = (re: RegExp) => [...html.matchAll(re)].map((m) => m[0]);

  const cssFiles = tags(/<link\s[^>]*rel="stylesheet"[^>]*>/g).map((t) => attr(t, 'href')!).filter(Boolean);
  const jsRoots = [
    ...tags(/<script\s[^>]*src="[^"]+"[^>]*>/g).map((t) => attr(t, 'src')!),
    ...tags(/<link\s[^>]*rel="modulepreload"[^>]*>/g).map((t) => attr(t, 'href')!),
  ];
  const seen = new Set<string>();
  for (const root of jsRoots) staticImports(dist, root, seen);
  const jsFiles = [...seen];
  // Inline scripts count too (data blocks such as JSON-LD and templates do not run, so they are left out).
  const inlineJs = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="(?:application\/(?:ld\+)?json|text\/pagefind-template)")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .join('');
  const size = (files: string[]) => files.reduce((sum, url) => sum + (assetPath(dist, url) ? gz(readFileSync(assetPath(dist, url)!)) : 0), 0);
  return {
    html: gz(html),
    css: size(cssFiles),
    js: size(jsFiles) + (inlineJs ? gz(inlineJs) : 0),
    jsFiles,
    cssFiles,
  };
}
