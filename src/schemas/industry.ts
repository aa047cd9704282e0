import { z } from 'astro/zod';

/**
 * What a company sells, and the sectors a complaint body covers: one
 * vocabulary for both, so a company page can find the bodies above it.
 */
export const INDUSTRIES = [
  'airline',
  'travel',
  'transport',
  'telecom',
  'internet-and-tv',
  'energy',
  'appliances',
  'retail',
  'technology',
  'finance',
  'insurance',
  'postal',
  'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const industry = z.enum(INDUSTRIES);

/** A body's sectors: industries, or "all" for a general consumer body. */
export const sector = z.union([z.literal('all'), industry], {
  error: `expected "all" or one of ${INDUSTRIES.join(', ')}`,
});
export type Sector = z.output<typeof sector>;
