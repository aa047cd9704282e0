import { z } from 'astro/zod';
import { STAGES } from '../lib/directory/ladder';
import { lawCountry } from './country';
import { deadlineSchema } from './deadline';

export const CHANNELS = ['phone', 'chat', 'email', 'social', 'postal', 'card-issuer', 'in-person'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The words to say, for one moment in the conversation. */
export const scriptSchema = z.strictObject({
  /** When to say it: "When the agent says it is impossible". */
  when: z.string().min(1),
  /** The words themselves, in the site's own voice. */
  say: z.string().min(1),
});

/** The real case from a source article that shows the tactic working. */
export const storySchema = z.strictObject({
  /** The company's id in the directory, when it is there. */
  company: z.string().optional(),
  /** Who it was, as the source names them ("Delta Air Lines", "an unnamed US mobile carrier"). */
  who: z.string().min(1),
  /** What went wrong and what the front line said. */
  problem: z.string().min(1),
  /** What finally worked. */
  outcome: z.string().min(1),
  /** The lesson to take from it. */
  lesson: z.string().optional(),
  source: z.string().min(1),
});

/** A rule of law (or a voluntary code) that a tactic leans on. */
export const lawSchema = z.strictObject({
  name: z.string().min(1),
  /** The formal citation: "12 CFR 1026.13", "LOV-2002-06-21-34". */
  citation: z.string().min(1),
  /** Where the rule comes from: a country code, or "EU" / "EEA" where that is its source. */
  country: lawCountry,
  /** The section the rule sits in: "§ 1026.13(b)", "§ 27", "§ 14ג". */
  section: z.string().min(1),
  /** A narrower reach within the country, where it matters: "federal", "state law varies". */
  scope: z.string().min(1).optional(),
  /** What it gives the person, in plain words. */
  rule: z.string().min(1),
  /** Its time limits, each a number, a unit and what it counts from. */
  deadlines: z.array(deadlineSchema).default([]),
  /** True for a voluntary industry code rather than a law. */
  voluntary: z.boolean().default(false),
  source: z.string().min(1),
});
export type Law = z.output<typeof lawSchema>;

/** One escalation tactic. One MDX file each; the body holds the numbered steps. */
export const tacticSchema = z.strictObject({
  title: z.string().min(1),
  /** Other names people know the tactic by; all are searchable. */
  aka: z.array(z.string().min(1)).default([]),
  /** One line: what it is and what it gets you. */
  summary: z.string().min(1).max(200),
  /** Where it sits on the ladder. */
  stage: z.enum(STAGES),
  /** Its place within the stage, lowest first. */
  order: z.number().int().min(0).default(0),
  channels: z.array(z.enum(CHANNELS)).min(1),
  /** The everyday phrasings of the problems it answers, as a person would type them. */
  problems: z.array(z.string().min(1)).default([]),
  whenToUse: z.array(z.string().min(1)).min(1),
  scripts: z.array(scriptSchema).min(1),
  /** A real case that shows the tactic working; left out where the sources give none. */
  story: storySchema.optional(),
  risks: z.array(z.string().min(1)).min(1),
  laws: z.array(lawSchema).default([]),
  /** Ids of the complaint bodies to go to with this tactic, in every country; pages group them by country. */
  bodies: z.array(z.string().min(1)).default([]),
  /** Ids of tactics that pair with this one. */
  related: z.array(z.string().min(1)).default([]),
  /** Ids of the sources the page draws on. */
  sources: z.array(z.string().min(1)).min(1),
});

export type Tactic = z.output<typeof tacticSchema>;
