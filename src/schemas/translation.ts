/**
 * Translation overlays: the prose of a tactic, complaint body or company in
 * another language, one file per entry under content/translations/<lang>/.
 * Facts (numbers, dates, deadlines' amounts, citations, sources, statuses)
 * are written once, in the English entry; an overlay holds only words, and
 * src/lib/content/translations.ts checks that it matches its entry item for item.
 */
import { z } from 'astro/zod';

const text = z.string().min(1);

/** The words of a deadline: what it counts from, and its note. */
const deadlineText = z.strictObject({ from: text, note: text.optional() });

export const tacticTranslationSchema = z.strictObject({
  title: text,
  aka: z.array(text).default([]),
  summary: text.max(200),
  /** The problems in this language's everyday words; searched, never shown as a list of facts. */
  problems: z.array(text).default([]),
  whenToUse: z.array(text).min(1),
  scripts: z.array(z.strictObject({ when: text, say: text })).min(1),
  story: z.strictObject({ who: text, problem: text, outcome: text, lesson: text.optional() }).optional(),
  risks: z.array(text).min(1),
  // `section` is a citation ("§ 27") left as it is, or words ("Unlocking standards") that a translation gives.
  laws: z
    .array(z.strictObject({ name: text, section: text.optional(), rule: text, scope: text.optional(), deadlines: z.array(deadlineText).default([]) }))
    .default([]),
});
export type TacticTranslation = z.output<typeof tacticTranslationSchema>;

/** A contact's words, keyed by the contact's id in the entry. */
const contactText = z.strictObject({ label: text, hours: text.optional(), note: text.optional() });
const missingText = z.strictObject({ label: text, reason: text });

export const bodyTranslationSchema = z.strictObject({
  /** The body's name for readers of this language. */
  name: text,
  summary: text.max(200),
  handles: z.array(text).min(1),
  doesNotHandle: z.array(text).default([]),
  entry: z.strictObject({ condition: text, steps: z.array(text).default([]), wait: deadlineText.optional() }),
  fee: z.strictObject({ note: text.optional() }).optional(),
  deadlines: z.array(deadlineText).default([]),
  contacts: z.record(z.string(), contactText).default({}),
  missing: z.array(missingText).default([]),
});
export type BodyTranslation = z.output<typeof bodyTranslationSchema>;

export const companyTranslationSchema = z.strictObject({
  summary: text.max(200),
  contacts: z.record(z.string(), contactText).default({}),
  scamNumbers: z.array(z.strictObject({ seenOn: text, note: text.optional() })).default([]),
  missing: z.array(missingText).default([]),
});
export type CompanyTranslation = z.output<typeof companyTranslationSchema>;
