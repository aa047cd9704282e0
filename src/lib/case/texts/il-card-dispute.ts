/**
 * An Israeli notice to the card company about a remote charge the holder did
 * not make or that was more than agreed (tactic "Threaten a chargeback",
 * חוק שירותי תשלום): the charge, what happened, the day the holder learned of
 * it (the law gives 30 days from then) and the refund asked for. In Hebrew.
 */
import { helpers, lines, listOrBlank, paragraphs, type TextContext } from './context';
import { israeliHeader, israeliSignature } from './il-common';

export function cardDisputeLetterIsrael(ctx: TextContext): string {
  const { t } = ctx;
  const { fact, or, sentenceOr, dayOr, say, company, history } = helpers(ctx);
  const amount = or('amount', 'case.blank.amount');
  const tried = history();
  const evidence = lines(fact('evidence'));

  return paragraphs(
    ...israeliHeader(ctx, or('cardIssuer', 'case.blank.issuer')),
    say('case.letter.il.card.subject', { account: or('cardAccount', 'case.blank.account') }),
    say('case.letter.il.card.charge', { chargeDate: dayOr('chargeDate'), amount, company: company() }),
    say('case.letter.il.card.what', { whatHappened: sentenceOr('whatHappened', 'case.blank.whatHappened') }),
    say('case.letter.il.card.learned', { learned: dayOr('learnedDate') }),
    say('case.letter.il.card.claim', { amount }),
    tried.length > 0 && say('case.letter.il.tried', { steps: listOrBlank(tried, '') }),
    evidence.length > 0 && say('case.letter.il.evidence', { evidence: listOrBlank(evidence, '') }),
    t('case.letter.il.receipt'),
    israeliSignature(ctx),
  );
}
