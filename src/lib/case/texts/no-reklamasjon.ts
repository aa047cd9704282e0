/**
 * A Norwegian reklamasjon to the seller (tactic "Quote the warranty",
 * forbrukerkjøpsloven § 27): what the item is, when it was bought and taken
 * over, the fault and when it was found, and what the buyer claims. For goods
 * bought from 1 January 2024 with a fault that showed within two years, it
 * adds the presumption of § 18. Written in Bokmål (ctx.t is the Norwegian
 * letter table).
 */
import { addDays, isIsoDay } from '../days';
import { addYears } from '../law-days';
import { compareIsoDates } from '../../text/dates';
import { helpers, lines, listOrBlank, paragraphs, type TextContext } from './context';

/** From this day the two-year presumption of § 18 applies (six months before). */
export const PRESUMPTION_FROM = '2024-01-01';
/** The days the letter gives the seller to answer. */
export const ANSWER_DAYS = 14;

export function reklamasjonLetter(ctx: TextContext): string {
  const { t } = ctx;
  const { fact, or, sentenceOr, day, dayOr, say, company, history } = helpers(ctx);
  const name = or('yourName', 'case.blank.name');
  const product = or('product', 'case.blank.product');
  const bought = fact('purchaseDate');
  const delivered = fact('deliveryDate') || bought;
  const found = fact('faultFoundDate');
  const presumed =
    isIsoDay(bought) &&
    compareIsoDates(bought, PRESUMPTION_FROM) >= 0 &&
    isIsoDay(delivered) &&
    isIsoDay(found) &&
    compareIsoDates(found, addYears(delivered, 2)) <= 0;
  const tried = history();
  const evidence = lines(fact('evidence'));

  return paragraphs(
    `${name}\n${or('yourAddress', 'case.blank.address')}`,
    day(ctx.today),
    company(),
    say('case.letter.no.rek.subject', { product }),
    t('case.letter.no.greeting'),
    [
      say('case.letter.no.rek.intro', { product, purchaseDate: dayOr('purchaseDate'), deliveryDate: day(delivered) || t('case.blank.date') }),
      fact('orderNumber') && say('case.letter.no.rek.order', { order: fact('orderNumber') }),
    ]
      .filter(Boolean)
      .join(' '),
    say('case.letter.no.rek.fault', { fault: sentenceOr('whatHappened', 'case.blank.whatHappened') }),
    say('case.letter.no.rek.found', { found: dayOr('faultFoundDate') }),
    presumed && t('case.letter.no.rek.presumed'),
    say('case.letter.no.rek.claim', { outcome: fact('outcome') || t('case.letter.no.rek.claimBlank') }),
    tried.length > 0 && say('case.letter.no.rek.tried', { steps: listOrBlank(tried, '') }),
    evidence.length > 0 && say('case.letter.no.rek.evidence', { evidence: listOrBlank(evidence, '') }),
    isIsoDay(ctx.today) && say('case.letter.no.rek.answer', { answerBy: day(addDays(ctx.today, ANSWER_DAYS)) }),
    `${t('case.letter.no.closing')}\n${name}`,
  );
}
