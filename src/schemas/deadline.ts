import { z } from 'astro/zod';

export const DEADLINE_UNITS = ['minutes', 'hours', 'days', 'business-days', 'weeks', 'months', 'years'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

/**
 * A time limit as a rule states it: a number, a unit, and the event it counts
 * from, so that pages can show it and the case builder can compute it.
 */
export const deadlineSchema = z.strictObject({
  amount: z.number().positive(),
  unit: z.enum(DEADLINE_UNITS),
  /** The event the time counts from: "the date the statement showing the error was sent". */
  from: z.string().min(1),
  /** Whether the limit is a floor the law guarantees ("never less than two months") rather than a cut-off. */
  atLeast: z.boolean().default(false),
  /** What happens when it passes, or any condition a reader needs beside it. */
  note: z.string().optional(),
  /** The source that gives this limit, when it is not the law's or body's own source. */
  source: z.string().min(1).optional(),
});
export type Deadline = z.output<typeof deadlineSchema>;
