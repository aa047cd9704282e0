/**
 * Runs the real `astro build` over a copy of the minimal fixture content with
 * one change applied, so tests prove what the build itself refuses.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const MINIMAL_FIXTURE = resolve('tests/fixtures/minimal');

/**
 * A scratch folder inside the project (git-ignored). Builds must live under the
 * project: Astro's prerender chunks import packages, which Node resolves by
 * walking up from the output folder to node_modules.
 */
export function projectTempDir(prefix: string): string {
  const root = resolve('tests/.tmp');
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, `${prefix}-`));
}

export interface BuildResult {
  ok: boolean;
  output: string;
  contentDir: string;
  outDir: string;
}

export type Mutation = (contentDir: string) => void;

/** Replaces the first occurrence of `from` in a fixture file; fails loudly if it is not there. */
export function replaceIn(relativePath: string, from: string | RegExp, to: string): Mutation {
  return (dir) => {
    const file = join(dir, relativePath);
    const text = readFileSync(file, 'utf8');
    const next = text.replace(from, to);
    if (next === text) throw new Error(`fixture mutation found nothing to replace in ${relativePath}`);
    writeFileSync(file, next);
  };
}

export function buildFixture(...mutations: Mutation[]): BuildResult {
  const work = projectTempDir('fixture');
  const contentDir = join(work, 'content');
  const outDir = join(work, 'dist');
  cpSync(MINIMAL_FIXTURE, contentDir, { recursive: true });
  for (const mutate of mutations) mutate(contentDir);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: {
      ...process.env,
      BEYOND_NO_CONTENT: contentDir,
      BEYOND_NO_CACHE_DIR: join(work, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
    timeout: 170_000,
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`, contentDir, outDir };
}

export function cleanUp(result: BuildResult): void {
  rmSync(resolve(result.contentDir, '..'), { recursive: true, force: true });
}
