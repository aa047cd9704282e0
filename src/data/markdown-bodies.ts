/**
 * A glob() loader for .mdx files whose bodies are plain Markdown: the body is
 * rendered to HTML once, at content sync, by the project's Markdown processor
 * (as Astro does for .md files) and kept in the content store, instead of each
 * file becoming its own Vite module that the bundler compiles and links.
 *
 * Why: a profile of the build at 10,000 companies showed the Vite bundle of
 * 10,000 company modules as the largest single phase, and the one that grew
 * fastest (docs/scaling.md). Company bodies use nothing MDX adds, and
 * src/lib/content/mdx-body.ts refuses any that would (the build fails naming
 * the file and line), so the page reads the same. Tactics, which may one day
 * use components, stay real MDX modules.
 *
 * The files stay .mdx with typed frontmatter: `render(entry)` and the schema
 * work as before. The rendered HTML is cached with the entry's digest, so an
 * unchanged file is not rendered again on the next build.
 */
import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { mdxOnlySyntax } from '../lib/content/mdx-body';

type GlobOptions = Parameters<typeof glob>[0];

/** Astro hands glob() its file types by extension; it is not part of the public LoaderContext type. */
type WithEntryTypes = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

export function markdownBodies(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'beyond-no:markdown-bodies',
    load: async (context) => {
      const { entryTypes } = context as WithEntryTypes;
      const mdx = entryTypes?.get('.mdx');
      const markdown = entryTypes?.get('.md');
      // Fail loudly if a later Astro moves these: silently rendering nothing would ship empty pages.
      if (!entryTypes || !mdx || !markdown?.getRenderFunction) {
        throw new Error('markdownBodies: Astro no longer hands loaders its .mdx and .md entry types; see src/data/markdown-bodies.ts.');
      }
      const renderWithMarkdown = markdown.getRenderFunction.bind(markdown);
      const failures: string[] = [];
      const bodyAsMarkdown: ContentEntryType = {
        extensions: mdx.extensions,
        async getEntryInfo(params) {
          const info = await mdx.getEntryInfo(params);
          const problems = mdxOnlySyntax(info.body);
          if (problems.length > 0) {
            const file = fileURLToPath(params.fileUrl);
            const list = problems.map((p) => `  ${file}: body line ${p.line}: ${p.what}`).join('\n');
            throw new Error(
              `${context.collection}: a body uses MDX syntax, which this collection renders as plain Markdown ` +
                `(src/data/markdown-bodies.ts explains why):\n${list}`,
            );
          }
          return info;
        },
        // glob() only logs a rendering error and stores the entry without HTML: collect them and fail below.
        async getRenderFunction(config) {
          const render = await renderWithMarkdown(config);
          return async (entry) => {
            try {
              return await render(entry);
            } catch (error) {
              failures.push(`  ${entry.filePath ?? entry.id}: ${error instanceof Error ? error.message : String(error)}`);
              throw error;
            }
          };
        },
        handlePropagation: false,
      };
      const types = new Map(entryTypes);
      for (const extension of mdx.extensions) types.set(extension, bodyAsMarkdown);
      await inner.load({ ...context, entryTypes: types } as WithEntryTypes);
      if (failures.length > 0) throw new Error(`${context.collection}: could not render ${failures.length} bodies:\n${failures.join('\n')}`);
    },
  };
}
