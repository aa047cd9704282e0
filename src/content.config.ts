import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { bodySchema } from './schemas/body';
import { markdownBodies } from './data/markdown-bodies';
import { companySchema } from './schemas/company';
import { sourceSchema } from './schemas/source';
import { tacticSchema } from './schemas/tactic';
import { bodyTranslationSchema, companyTranslationSchema, tacticTranslationSchema } from './schemas/translation';
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
  /**
   * Translation overlays, content/translations/<lang>/<kind>/<id>.mdx: the words
   * of an entry in another language, facts left in the entry (src/schemas/translation.ts).
   */
  tacticTranslations: defineCollection({ loader: glob({ pattern: '*/tactics/*.mdx', base: `${contentRoot}/translations` }), schema: tacticTranslationSchema }),
  bodyTranslations: defineCollection({ loader: glob({ pattern: '*/bodies/*.mdx', base: `${contentRoot}/translations` }), schema: bodyTranslationSchema }),
  // Plain Markdown bodies, like the companies they translate.
  companyTranslations: defineCollection({ loader: markdownBodies({ pattern: '*/companies/*.mdx', base: `${contentRoot}/translations` }), schema: companyTranslationSchema }),
  /** Search's everyday vocabulary, one file per language (en.yaml): see src/schemas/vocabulary.ts. */
  vocabulary: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${contentRoot}/vocabulary` }), schema: vocabularySchema }),
};
