/**
 * After the build, in every right-to-left page, isolates each left-to-right
 * value of its text (phone numbers, emails, addresses, citations) in a <bdi>,
 * so "+972 3-123 4567" reads in that order inside Hebrew (src/lib/text/bidi.ts).
 * Done on the built HTML so that every text reaches it, whether it came from
 * a Markdown body, a translated field or the dictionary; before Pagefind, which
 * indexes the same words either way.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isolateValuesInHtml } from '../lib/text/bidi';

export function isolateValuesIntegration(): AstroIntegration {
  return {
    name: 'beyond-no:isolate-values',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let changed = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          if (!/<html[^>]*\sdir="rtl"/.test(html.slice(0, 200))) continue;
          const isolated = isolateValuesInHtml(html);
          if (isolated !== html) {
            writeFileSync(file, isolated);
            changed += 1;
          }
        }
        logger.info(`Isolated left-to-right values in ${changed} right-to-left pages.`);
      },
    },
  };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}
