/** Two builds of the same commit give identical files, search index included. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { walkFiles } from '../support/dist';
import { projectTempDir } from '../support/fixture-build';

const work = projectTempDir('determinism');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildInto(name: string): Map<string, string> {
  const outDir = join(work, name);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, BEYOND_NO_CACHE_DIR: join(work, `${name}-cache`) },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build ${name} failed:\n${result.stdout}\n${result.stderr}`);
  return new Map(
    walkFiles(outDir).map((file) => [relative(outDir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );
}

test('two builds produce byte-identical output', () => {
  const first = buildInto('a');
  const second = buildInto('b');
  expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
  const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
  expect(first.size).toBeGreaterThan(30);
});
