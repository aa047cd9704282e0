import { z } from 'astro/zod';
import { RUNGS } from '../lib/directory/ladder';

/**
 * A phrase as readers type it or as the pages write it: a few words, no list
 * punctuation. A reader's phrase may end a word with "*" to take every word
 * that starts so ("charg*": charge, charged, charges).
 */
const phrase = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .refine((value) => !/[,;]/.test(value), 'one phrase per entry: put each phrase in its own list item');

/** Words readers use for one thing, and the words the site's pages use for it. */
export const vocabularyTermSchema = z.strictObject({
  /** The site's own words, which must appear on the pages (the build checks). */
  pages: phrase,
  /** How readers say it. */
  readers: z.array(phrase).min(1),
});

/**
 * One language's search vocabulary: `content/vocabulary/<language>.yaml`.
 * Search applies it to a query before searching, so that a reader's words
 * ("ceo", "corporate office", "double billed") find the page that says it
 * the site's way ("executive", "headquarters", "chargeback").
 */
export const vocabularySchema = z.strictObject({
  /** The small words that carry no meaning for search ("a", "the", "my"): dropped from a query. */
  smallWords: z.array(z.string().trim().min(1)).min(1),
  /** Endings dropped from a word before it is compared with a company's name ("'s" in "Delta's"). */
  nameEndings: z.array(z.string().min(1)).default([]),
  /** Letters a language joins to the front of a word, dropped before it is compared with a name. */
  namePrefixes: z.array(z.string().min(1)).default([]),
  /** For each tactic (by id): readers' words for the problems it answers. */
  tactics: z.record(z.string(), z.array(vocabularyTermSchema).min(1)).default({}),
  /** For each rung of the ladder: readers' words for the people and places on it. */
  rungs: z.partialRecord(z.enum(RUNGS), z.array(vocabularyTermSchema).min(1)).default({}),
  /** Everyday words that belong to no one tactic or rung. */
  words: z.array(vocabularyTermSchema).default([]),
});

export type VocabularyTerm = z.output<typeof vocabularyTermSchema>;
export type Vocabulary = z.output<typeof vocabularySchema>;
