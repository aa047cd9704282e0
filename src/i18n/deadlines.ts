/**
 * A deadline in words, in the page's language: "60 days from the date the
 * issuer sent the statement". Units go through Intl.PluralRules, so languages
 * with more plural forms (Hebrew's dual) only add words, not code.
 */
import type { Deadline, DeadlineUnit } from '../schemas/deadline';
import { fill } from '../lib/text/fill';
import { locales, type Locale } from './ui';

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const UNITS: Record<Locale, Record<DeadlineUnit, PluralForms>> = {
  en: {
    minutes: { one: 'minute', other: 'minutes' },
    hours: { one: 'hour', other: 'hours' },
    days: { one: 'day', other: 'days' },
    'business-days': { one: 'business day', other: 'business days' },
    weeks: { one: 'week', other: 'weeks' },
    months: { one: 'month', other: 'months' },
    years: { one: 'year', other: 'years' },
  },
};

const PHRASES: Record<Locale, { span: string; atLeast: string; from: string }> = {
  en: { span: '{amount} {unit}', atLeast: 'at least {span}', from: '{span} from {from}' },
};

/** "60 days", "2 business days", "at least 2 months". */
export function formatSpan(deadline: Pick<Deadline, 'amount' | 'unit' | 'atLeast'>, locale: Locale = 'en'): string {
  const lang = locales[locale].lang;
  const rule = new Intl.PluralRules(lang).select(deadline.amount);
  const forms = UNITS[locale][deadline.unit];
  const unit = forms[rule] ?? forms.other;
  const span = fill(PHRASES[locale].span, { amount: new Intl.NumberFormat(lang).format(deadline.amount), unit });
  return deadline.atLeast ? fill(PHRASES[locale].atLeast, { span }) : span;
}

/** "60 days from the date the issuer sent the statement". */
export function formatDeadline(deadline: Deadline, locale: Locale = 'en'): string {
  return fill(PHRASES[locale].from, { span: formatSpan(deadline, locale), from: deadline.from });
}
