import { z } from 'astro/zod';
import { isoDate } from './date';

/** government: a regulator's or ministry's own page; register: a public register (business, company or court records). */
export const SOURCE_KINDS = ['article', 'filing', 'company-page', 'government', 'register', 'directory', 'news', 'law', 'guide'] as const;

/** Every article, filing or page that a fact on the site cites. One YAML file each; the file name is its id. */
export const sourceSchema = z.strictObject({
  /** The title as the source gives it. */
  title: z.string().min(1),
  /** Who published it: a company, a regulator, a newspaper. Left out when the source does not say; pages then say so in their language. */
  publisher: z.string().min(1).optional(),
  /** Where to read it. Optional only for material with no public address (our source articles are translations on file). */
  url: z.url().optional(),
  /** What kind of document it is; a filing or a company page outranks a directory. */
  kind: z.enum(SOURCE_KINDS),
  /** When it was published or last revised, where known. */
  published: isoDate.optional(),
  /** When we read it. */
  accessed: isoDate,
  /** The language it is written in, as a BCP 47 tag. */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a language tag such as "en" or "nb"'),
  /** Anything a reader should know about it (a translation, an archived copy). */
  note: z.string().optional(),
});

export type Source = z.output<typeof sourceSchema>;
