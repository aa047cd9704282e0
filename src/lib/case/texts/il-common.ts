/** The head and signature the Israeli letters share: the writer with their ID number, the date, and "לכבוד" the business. */
import { helpers, type TextContext } from './context';

/** The writer, the date and the addressee: the business by default, or the card company. */
export function israeliHeader(ctx: TextContext, recipient?: string): string[] {
  const { or, day, say, company } = helpers(ctx);
  return [
    [or('yourName', 'case.blank.name'), say('case.letter.il.idLine', { id: or('idNumber', 'case.letter.blank.id') }), or('yourAddress', 'case.blank.address')].join('\n'),
    day(ctx.today),
    `${ctx.t('case.letter.il.to')}\n${recipient ?? company()}`,
  ];
}

export function israeliSignature(ctx: TextContext): string {
  const { or } = helpers(ctx);
  return `${ctx.t('case.letter.il.closing')}\n${or('yourName', 'case.blank.name')}`;
}
