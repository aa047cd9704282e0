/** Refuses to test a site that was not built: the dist and e2e projects read dist/ (or BEYOND_NO_DIST). */
import { existsSync } from 'node:fs';
import { DIST } from './dist';

export function requireBuiltSite(dist: string = DIST): string {
  if (!existsSync(`${dist}/index.html`) || !existsSync(`${dist}/pagefind/pagefind.js`)) {
    throw new Error(`${dist}/ has no built site: run \`npm run build\` first (\`npm test\` does).`);
  }
  return dist;
}

/** The dist project's global setup: the files must be there before any test reads them. */
export function setup(): void {
  requireBuiltSite();
}
