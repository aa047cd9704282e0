import { z } from 'astro/zod';
import { isRealIsoDate } from '../lib/text/dates';

/**
 * A date written in quotes as "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when the
 * source is no more precise. Unquoted YAML dates arrive as JavaScript Dates,
 * already rolled over (2023-02-30 becomes 2 March), so they are refused rather
 * than trusted.
 */
export const isoDate = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? 'write the date in quotes, as "YYYY-MM-DD", so the build can check it is a real day'
        : 'expected a date written as "YYYY-MM-DD" (or "YYYY-MM", "YYYY")',
  })
  .refine(isRealIsoDate, { error: (issue) => `"${String(issue.input)}" is not a real calendar date` });
