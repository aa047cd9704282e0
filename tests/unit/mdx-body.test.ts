import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxOnlySyntax } from '../../src/lib/content/mdx-body';

describe('mdxOnlySyntax: company bodies rendered as Markdown must not need MDX', () => {
  it('passes plain Markdown: headings, lists, links, emphasis, quotes, ampersands', () => {
    const body = [
      '## Which contact to use',
      '',
      '- **For a refund:** call 1-800-UNITED-1 and ask for a supervisor ([Escalate](/tactics/escalate-to-a-supervisor/)).',
      "- *AT&T's* executive office answers by email; costs > $100 are worth a letter.",
      '',
      '> A quote from a reader, 50% off.',
    ].join('\n');
    expect(mdxOnlySyntax(body)).toEqual([]);
  });

  it('names the line of an import, an export, a JSX component, an HTML tag and an expression', () => {
    const body = [
      "import Callout from '../../src/components/Callout.astro';",
      '',
      'Text.',
      'export const year = 2024;',
      '<Callout>Beware</Callout>',
      'A <b>bold</b> claim.',
      'It is {year} now.',
    ].join('\n');
    expect(mdxOnlySyntax(body)).toEqual([
      { line: 1, what: 'an MDX import' },
      { line: 4, what: 'an MDX export' },
      { line: 5, what: 'a JSX or HTML tag' },
      { line: 6, what: 'a JSX or HTML tag' },
      { line: 7, what: 'an {expression}' },
    ]);
  });

  it('refuses a bare "<", which MDX itself would refuse', () => {
    expect(mdxOnlySyntax('Fees < $5 are waived.')).toEqual([{ line: 1, what: 'a bare "<"' }]);
  });

  it('ignores fenced code and inline code, where MDX reads nothing either', () => {
    const body = ['Use `{id}` and `<tag>` as written.', '', '```', 'import x from "y";', '<Tag>{1}</Tag>', '```', '', 'After {the} fence.'].join('\n');
    expect(mdxOnlySyntax(body)).toEqual([{ line: 8, what: 'an {expression}' }]);
  });

  it('finds nothing in the real companies, which are rendered this way', () => {
    const dir = join(import.meta.dirname, '../../content/companies');
    const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const body = readFileSync(join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      expect(mdxOnlySyntax(body), file).toEqual([]);
    }
  });
});
