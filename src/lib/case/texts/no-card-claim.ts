/**
 * A Norwegian card complaint to the bank (tactic "Threaten a chargeback",
 * finansavtaleloven § 2-7): the payment, what went wrong, that the seller was
 * asked first (the act requires it), and the same money claim against the
 * credit provider. Written in Bokmål (ctx.t is the Norwegian letter table).
 */
import { helpers, lines, listOrBlank, paragraphs, type TextContext } from './context';

export function cardClaimLetter(ctx: TextContext): string {
  const { t } = ctx;
  const { fact, or, sentenceOr, day, dayOr, say, company, history } = helpers(ctx);
  const name = or('yourName', 'case.blank.name');
  const amount = or('amount', 'case.blank.amount');
  const evidence = lines(fact('evidence'));

  return paragraphs(
    `${name}\n${or('yourAddress', 'case.blank.address')}`,
    day(ctx.today),
    `${or('cardIssuer', 'case.letter.no.blank.bank')}\n${or('issuerAddress', 'case.letter.no.blank.bankAddress')}`,
    say('case.letter.no.card.subject', { account: or('cardAccount', 'case.blank.account') }),
    t('case.letter.no.greeting'),
    [
      say('case.letter.no.card.intro', { amount, company: company(), chargeDate: dayOr('chargeDate') }),
      fact('orderNumber') && say('case.letter.no.rek.order', { order: fact('orderNumber') }),
    ]
      .filter(Boolean)
      .join(' '),
    say('case.letter.no.card.what', { whatHappened: sentenceOr('whatHappened', 'case.blank.whatHappened') }),
    say('case.letter.no.card.seller', { steps: listOrBlank(history(), t('case.blank.steps')) }),
    t('case.letter.no.card.law'),
    say('case.letter.no.card.claim', { amount }),
    evidence.length > 0 && say('case.letter.no.card.evidence', { evidence: listOrBlank(evidence, '') }),
    `${t('case.letter.no.closing')}\n${name}`,
  );
}
