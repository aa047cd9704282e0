/**
 * An Israeli cancellation of a distance sale (tactic "Cancel a purchase or
 * subscription", חוק הגנת הצרכן § 14ג): name and ID number (the law asks for
 * them), the order, the day the goods or written details arrived, and the
 * refund less a fee capped at 5% or 100 NIS. Written in Hebrew (ctx.t is the
 * Israeli letter table).
 */
import { helpers, lines, listOrBlank, paragraphs, type TextContext } from './context';
import { israeliHeader, israeliSignature } from './il-common';

export function distanceCancelLetter(ctx: TextContext): string {
  const { t } = ctx;
  const { fact, or, dayOr, say, history } = helpers(ctx);
  const tried = history();
  const evidence = lines(fact('evidence'));

  return paragraphs(
    ...israeliHeader(ctx),
    t('case.letter.il.distance.subject'),
    say('case.letter.il.distance.intro', { order: fact('orderNumber') ? say('case.letter.il.distance.order', { order: fact('orderNumber') }) : '' }),
    say('case.letter.il.distance.received', { received: dayOr('receivedDate') }),
    say('case.letter.il.distance.refund', { amount: or('amount', 'case.blank.amount') }),
    t('case.letter.il.distance.goods'),
    tried.length > 0 && say('case.letter.il.tried', { steps: listOrBlank(tried, '') }),
    evidence.length > 0 && say('case.letter.il.evidence', { evidence: listOrBlank(evidence, '') }),
    t('case.letter.il.receipt'),
    israeliSignature(ctx),
  );
}
