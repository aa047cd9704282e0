/** Serves the built dist/ for the browser tests; `npm test` builds it first. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist, type RunningServer } from './static-server';

let server: RunningServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  // BEYOND_NO_DIST lets a test run use a site built elsewhere (astro build --outDir …).
  const dist = process.env.BEYOND_NO_DIST ?? 'dist';
  if (!existsSync(`${dist}/index.html`) || !existsSync(`${dist}/pagefind/pagefind.js`)) {
    throw new Error(`${dist}/ has no built site: run \`npm run build\` before the browser tests (\`npm test\` does).`);
  }
  server = await serveDist(dist);
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
