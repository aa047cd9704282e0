// The real site: build time, page count, dist/ size and Pagefind index size.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
const bytes = (files) => files.reduce((sum, file) => sum + statSync(file).size, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { encoding: 'utf8' });
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const files = walk('dist');
const pages = files.filter((f) => f.endsWith('.html')).length;
const index = files.filter((f) => f.startsWith(join('dist', 'pagefind')));
const rows = [
  ['pages', String(pages)],
  ['build time (astro build + Pagefind)', `${seconds.toFixed(1)} s`],
  ['dist/ size', kb(bytes(files))],
  ['Pagefind bundle (all files)', kb(bytes(index))],
  ['Pagefind index (index, fragments, filters, meta)', kb(bytes(index.filter((f) => /\.pf_|pagefind\.[^/]*pf_meta|\/(index|fragment|filter)\//.test(f))))],
];
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
