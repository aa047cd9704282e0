/** Serves the built dist/ for the browser tests; `npm test` builds it first. */
import type { TestProject } from 'vitest/node';
import { requireBuiltSite } from './built-site';
import { serveDist, type RunningServer } from './static-server';

let server: RunningServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  // BEYOND_NO_DIST lets a test run use a site built elsewhere (astro build --outDir …).
  server = await serveDist(requireBuiltSite());
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
