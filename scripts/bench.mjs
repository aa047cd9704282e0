// `npm run bench`: runs each benchmark in scripts/bench/ in turn and prints its table.
// Benchmarks measure; they never fail the test suite. Targets are printed beside the figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const benches = readdirSync(new URL('./bench/', import.meta.url))
  .filter((file) => file.endsWith('.mjs') && !file.startsWith('_'))
  .filter((file) => !only || file.startsWith(only))
  .sort();

let failed = false;
for (const file of benches) {
  console.log(`\n=== ${file.replace(/\.mjs$/, '')} ===`);
  const result = spawnSync(process.execPath, ['--experimental-strip-types', `scripts/bench/${file}`], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
