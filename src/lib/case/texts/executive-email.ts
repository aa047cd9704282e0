/**
 * The executive-escalation email (tactic "Reach executive customer service"):
 * short and factual, addressed to the company's executive-office email when the
 * directory has one, with the subject line the tactic recommends.
 */
import { contactsOn } from '../directory';
import { helpers, listOrBlank, paragraphs, type TextContext } from './context';

export function executiveEmail(ctx: TextContext): string {
  const { t, record } = ctx;
  const { fact, or, clause, sentence, dayOr, say, history } = helpers(ctx);
  const to = contactsOn(ctx.company, ['executive'])
    .filter((c) => c.kind === 'email')
    .map((c) => c.value);
  // The case's own reference: the latest one an agent gave, else the order number.
  const lastReference = [...record.log].reverse().find((entry) => entry.reference.trim())?.reference.trim();
  const details = [
    fact('orderNumber') && say('case.detail.order', { value: fact('orderNumber') }),
    fact('customerAccount') && say('case.detail.account', { value: fact('customerAccount') }),
    fact('amount') && say('case.detail.amount', { value: fact('amount') }),
  ].filter(Boolean);
  const tried = history();

  return paragraphs(
    [
      say('case.exec.to', { to: to.length > 0 ? to.join(', ') : t('case.blank.executiveEmail') }),
      say('case.exec.subject', {
        date: dayOr('incidentDate'),
        summary: clause('summary', 'case.blank.summary'),
        reference: lastReference || fact('orderNumber') || t('case.blank.reference'),
      }),
    ].join('\n'),
    t('case.exec.greeting'),
    t('case.exec.intro'),
    say('case.exec.happened', { date: dayOr('incidentDate'), whatHappened: or('whatHappened', 'case.blank.whatHappened') }),
    say('case.exec.since', { steps: listOrBlank(tried, t('case.blank.steps')) }),
    say('case.exec.ask', { outcome: clause('outcome', 'case.blank.outcome'), why: sentence('whyReasonable') }).trim(),
    details.length > 0 && say('case.exec.details', { details: details.join(', ') }),
    t('case.exec.thanks'),
    `${t('case.exec.signoff')}\n${or('yourName', 'case.blank.name')}`,
  );
}
