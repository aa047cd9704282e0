/**
 * The written billing-error notice to a card issuer (tactic "Threaten a
 * chargeback"), holding what Regulation Z (12 CFR 1026.13) asks for: the
 * person's name and account number, the error, and why they believe it is one.
 */
import { helpers, lines, listOrBlank, paragraphs, type TextContext } from './context';

export function disputeLetter(ctx: TextContext): string {
  const { t } = ctx;
  const { fact, or, sentenceOr, day, dayOr, say, company, history } = helpers(ctx);
  const name = or('yourName', 'case.blank.name');
  const account = or('cardAccount', 'case.blank.account');
  const amount = or('amount', 'case.blank.amount');
  const tried = history();
  const evidence = lines(fact('evidence'));

  return paragraphs(
    `${name}\n${or('yourAddress', 'case.blank.address')}`,
    day(ctx.today),
    `${or('cardIssuer', 'case.blank.issuer')}\n${t('case.dispute.attention')}\n${or('issuerAddress', 'case.blank.issuerAddress')}`,
    say('case.dispute.subject', { account }),
    t('case.dispute.greeting'),
    say('case.dispute.intro', { account }),
    say('case.dispute.charge', {
      amount,
      company: company(),
      chargeDate: dayOr('chargeDate'),
      statementDate: dayOr('statementDate'),
    }),
    say('case.dispute.what', { whatHappened: or('whatHappened', 'case.blank.whatHappened') }),
    say('case.dispute.why', { errorReason: sentenceOr('errorReason', 'case.blank.errorReason') }),
    fact('orderNumber') && say('case.dispute.merchantRef', { order: fact('orderNumber') }),
    tried.length > 0 && say('case.dispute.tried', { company: company(), steps: listOrBlank(tried, '') }),
    say('case.dispute.request', { amount }),
    evidence.length > 0 && say('case.dispute.enclosed', { evidence: listOrBlank(evidence, '') }),
    `${t('case.dispute.closing')}\n\n${name}`,
  );
}
