/**
 * Content values are always escaped: markup and script written into every text
 * field of the fixture content reach the page as text, and none of it runs,
 * even with the Content Security Policy switched off.
 */
import { afterAll, beforeAll } from 'vitest';
import { expect, test } from '../support/fixtures';
import { buildFixture, cleanUp, type BuildResult } from '../support/fixture-build';
import { serveDist, type RunningServer } from '../support/static-server';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAYLOAD = `<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>"'&`;

/** Puts the payload after the existing value of each quoted text field in a fixture file. */
function poison(dir: string, relativePath: string, fields: string[]): void {
  const file = join(dir, relativePath);
  let text = readFileSync(file, 'utf8');
  for (const field of fields) {
    const re = new RegExp(`^(\\s*(?:- )?${field}: )"([^"]*)"`, 'gm');
    if (!re.test(text)) throw new Error(`no quoted "${field}" in ${relativePath}`);
    text = text.replace(re, (_m, head: string, value: string) => `${head}${JSON.stringify(`${value} ${PAYLOAD}`)}`);
  }
  writeFileSync(file, text);
}

let result: BuildResult;
let server: RunningServer;

beforeAll(async () => {
  result = buildFixture(
    (dir) => poison(dir, 'companies/acme.mdx', ['name', 'summary', 'label']),
    (dir) => poison(dir, 'tactics/first-tactic.mdx', ['title', 'summary', 'when', 'say', 'who', 'problem', 'outcome']),
    (dir) => poison(dir, 'sources/test-source.yaml', ['title', 'publisher']),
  );
  if (!result.ok) throw new Error(result.output);
  server = await serveDist(result.outDir, { headers: false });
});
afterAll(async () => {
  await server?.close();
  if (result) cleanUp(result);
});

test.for(['/companies/acme/', '/tactics/first-tactic/', '/companies/', '/tactics/', '/'])(
  '%s shows the markup as text and runs none of it',
  async (path, { page }) => {
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    const runnable = await page.locator('script').evaluateAll((scripts) =>
      scripts.filter((s) => !/json|pagefind-template/.test(s.getAttribute('type') ?? '') && s.textContent?.includes('__pwned')).length,
    );
    expect(runnable).toBe(0);
    // The payload is there, as text a reader can see.
    expect(await page.locator('main').textContent()).toContain('<script>window.__pwned=2</script>');
  },
);
