/** The built site on disk: which pages it has, and their files. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = process.env.BEYOND_NO_DIST ?? 'dist';

export function walkFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walkFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

export interface BuiltPage {
  /** The URL path, "/companies/expedia/"; the 404 page is "/404.html". */
  path: string;
  file: string;
}

/** Every HTML page in the build, the search index's own files excluded. */
export function builtPages(dist = DIST): BuiltPage[] {
  return walkFiles(dist)
    .filter((file) => file.endsWith('.html') && !file.includes(`${sep}pagefind${sep}`))
    .map((file) => {
      const rel = relative(dist, file).split(sep).join('/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { path, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
