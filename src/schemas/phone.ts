import { z } from 'astro/zod';
import { hasLetters, parsePhone, type ParsedPhone } from '../lib/directory/phone';

/**
 * A phone number as written in content ("+1 866-510-9715", "1-800-EXPEDIA"),
 * checked against the number plan and turned into E.164 plus display forms.
 * A number spelled with letters keeps that spelling as its vanity label.
 */
export const phoneNumber = z.string().transform((value, ctx): ParsedPhone & { vanity?: string } => {
  try {
    const parsed = parsePhone(value);
    return hasLetters(value) ? { ...parsed, vanity: value.trim() } : parsed;
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message, input: value });
    return z.NEVER;
  }
});
