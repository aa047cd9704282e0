/**
 * An Israeli notice ending an ongoing deal (tactic "Cancel a purchase or
 * subscription", חוק הגנת הצרכן § 13ד): a subscription or service ends from
 * the notice, and the business must stop charging within the time the section
 * sets. The letter cites the section rather than a number of days, since our
 * sources differ on whether they are days or business days. In Hebrew.
 */
import { helpers, paragraphs, type TextContext } from './context';
import { israeliHeader, israeliSignature } from './il-common';

export function ongoingCancelLetter(ctx: TextContext): string {
  const { t } = ctx;
  const { fact, say } = helpers(ctx);
  const account = fact('customerAccount');

  return paragraphs(
    ...israeliHeader(ctx),
    t('case.letter.il.ongoing.subject'),
    say('case.letter.il.ongoing.intro', { account: account ? say('case.letter.il.ongoing.account', { account }) : '' }),
    t('case.letter.il.ongoing.stop'),
    t('case.letter.il.ongoing.confirm'),
    israeliSignature(ctx),
  );
}
