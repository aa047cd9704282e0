/**
 * The call plan (tactics "Gather the facts before you call" and "Pin down a
 * follow-up date"): who to call, how to open, the points in order, the outcome,
 * and the three questions that pin the agent to a name, a reference and a date.
 */
import { contactsOn } from '../directory';
import { compareIsoDates } from '../../text/dates';
import { helpers, lines, listOrBlank, paragraphs, type TextContext } from './context';

export function callPlan(ctx: TextContext): string {
  const { t } = ctx;
  const { fact, or, sentenceOr, dayOr, say, company, history, promiseDue } = helpers(ctx);

  const phone = contactsOn(ctx.company, ['front-line']).find((c) => c.kind === 'phone');
  const reference =
    (fact('orderNumber') && say('case.detail.order', { value: fact('orderNumber') })) ||
    (fact('customerAccount') && say('case.detail.account', { value: fact('customerAccount') })) ||
    t('case.blank.reference');
  const details = [
    fact('orderNumber') && say('case.detail.order', { value: fact('orderNumber') }),
    fact('customerAccount') && say('case.detail.account', { value: fact('customerAccount') }),
    fact('amount') && say('case.detail.amount', { value: fact('amount') }),
  ].filter(Boolean);

  const points = [
    say('case.plan.problem', { date: dayOr('incidentDate'), whatHappened: or('whatHappened', 'case.blank.whatHappened') }),
    details.length > 0 && say('case.plan.details', { details: details.join(', ') }),
    say('case.plan.evidence', { evidence: listOrBlank(lines(fact('evidence')), t('case.blank.evidence')) }),
    say('case.plan.done', { steps: listOrBlank(history(), t('case.blank.steps')) }),
    say('case.plan.outcome', { outcome: or('outcome', 'case.blank.outcome') }),
    say('case.plan.why', { why: sentenceOr('whyReasonable', 'case.blank.why') }),
  ].filter((point): point is string => Boolean(point));

  // The latest promise whose day has come: the call opens by holding them to it.
  const due = ctx.record.log
    .filter((entry) => entry.promisedBy && compareIsoDates(entry.promisedBy, ctx.today) <= 0)
    .sort((a, b) => compareIsoDates(a.promisedBy, b.promisedBy))
    .at(-1);

  return paragraphs(
    say('case.plan.title', { company: company() }),
    say('case.plan.call', { contact: phone ? `${phone.value} (${phone.label})` : t('case.blank.contact') }),
    say('case.plan.opening', { reference }),
    due &&
      say('case.plan.missed', {
        promised: due.promised.trim() || t('case.blank.promised'),
        by: promiseDue(due),
        reference: due.reference.trim() || t('case.blank.reference'),
        who: due.who.trim() || t('case.blank.who'),
      }),
    `${t('case.plan.points')}\n${points.map((point, index) => `${index + 1}. ${point}`).join('\n')}`,
    `${t('case.plan.ask')}\n${[t('case.plan.askName'), t('case.plan.askReference'), t('case.plan.askDate')].map((q) => `- ${q}`).join('\n')}`,
    t('case.plan.confirm'),
  );
}
