/**
 * The warranty letter (tactic "Quote the warranty back to them") for a US
 * written warranty that covers a part but not the labour, citing
 * 16 CFR 700.10(b): the maker may not insist that its own service fits the part.
 */
import { contactsOn } from '../directory';
import { helpers, lines, listOrBlank, paragraphs, type TextContext } from './context';

export function warrantyLetter(ctx: TextContext): string {
  const { t } = ctx;
  const { fact, or, day, dayOr, say, company, history } = helpers(ctx);
  const name = or('yourName', 'case.blank.name');
  const part = or('part', 'case.blank.part');
  // A letter goes to the lowest rung with a postal address: escalation, then disputes, then headquarters.
  const address = contactsOn(ctx.company, ['escalation', 'disputes', 'headquarters']).find((c) => c.kind === 'postal');
  const tried = history();
  const evidence = lines(fact('evidence'));

  return paragraphs(
    `${name}\n${or('yourAddress', 'case.blank.address')}`,
    day(ctx.today),
    [company(), ...(address ? [address.label, ...(address.lines ?? [address.value])] : [t('case.blank.companyAddress')])].join('\n'),
    say('case.warranty.subject', { product: or('product', 'case.blank.product'), serial: or('serialNumber', 'case.blank.serial') }),
    t('case.warranty.greeting'),
    say('case.warranty.covered', {
      product: or('product', 'case.blank.product'),
      serial: or('serialNumber', 'case.blank.serial'),
      purchaseDate: dayOr('purchaseDate'),
    }),
    say('case.warranty.fault', { whatHappened: or('whatHappened', 'case.blank.whatHappened') }),
    say('case.warranty.part', { part, refusal: or('refusal', 'case.blank.refusal') }),
    t('case.warranty.law'),
    say('case.warranty.request', { part }),
    fact('orderNumber') && say('case.warranty.ref', { order: fact('orderNumber') }),
    tried.length > 0 && say('case.warranty.tried', { steps: listOrBlank(tried, '') }),
    evidence.length > 0 && say('case.warranty.enclosed', { evidence: listOrBlank(evidence, '') }),
    `${t('case.warranty.closing')}\n\n${name}`,
  );
}
