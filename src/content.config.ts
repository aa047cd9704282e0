import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { bodySchema } from './schemas/body';
import { markdownBodies } from './data/markdown-bodies';
import { companySchema } from './schemas/company';
import { sourceSchema } from './schemas/source';
import { tacticSchema } from './schemas/tactic';
import { vocabularySchema } from './schemas/vocabulary';

/**
 * The content folder. Tests point it at small fixture sets (good and broken)
 * so that the real build is what refuses bad data.
 */
const contentRoot = process.env.BEYOND_NO_CONTENT ?? './content';

export const collections = {
  sources: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${contentRoot}/sources` }), schema: sourceSchema }),
  // Company bodies are plain Markdown rendered at content sync, not one Vite module per file: see src/data/markdown-bodies.ts.
  companies: defineCollection({ loader: markdownBodies({ pattern: '*.mdx', base: `${contentRoot}/companies` }), schema: companySchema }),
  bodies: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${contentRoot}/bodies` }), schema: bodySchema }),
  tactics: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${contentRoot}/tactics` }), schema: tacticSchema }),
  /** Search's everyday vocabulary, one file per language (en.yaml): see src/schemas/vocabulary.ts. */
  vocabulary: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${contentRoot}/vocabulary` }), schema: vocabularySchema }),
};
