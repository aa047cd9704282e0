/**
 * The public post (tactic "Go public on social media"): calm, factual, short,
 * to the company's own support account. It never carries order or account
 * numbers, the person's name or address: those go by direct message.
 */
import { contactsOn } from '../directory';
import { helpers, type TextContext } from './context';

/** X (Twitter) counts 280 characters per post for most accounts. */
export const SOCIAL_POST_LIMIT = 280;

export function socialPost(ctx: TextContext): string {
  const { t, record } = ctx;
  const { fact, clause, day, say } = helpers(ctx);
  const handle = contactsOn(ctx.company, ['social']).find((c) => c.kind === 'social')?.value ?? t('case.blank.handle');
  const facts = [fact('amount'), day(fact('incidentDate'))].filter(Boolean);
  const count = record.log.length;
  const contacts = count === 0 ? '' : count === 1 ? t('case.social.contactsOne') : say('case.social.contactsMany', { count });
  const summary = clause('summary', 'case.blank.summary');
  return say('case.social.post', {
    handle,
    // A post reads as a sentence: the summary starts it with a capital.
    summary: summary.charAt(0).toUpperCase() + summary.slice(1),
    facts: facts.length > 0 ? ` (${facts.join(', ')})` : '',
    contacts,
    outcome: clause('outcome', 'case.blank.outcome'),
  });
}
