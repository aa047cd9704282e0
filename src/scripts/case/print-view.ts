/**
 * The print view of the whole case: its name, every fact given, the call log,
 * the ladder, and every generated text. Built just before printing (the
 * beforeprint event also covers the browser's own Print command), and printed
 * instead of the form, whose boxes would cut long text off.
 */
import { FACT_FIELDS } from '../../lib/case/model';
import { TEXTS, type TextId } from '../../lib/case/texts';
import { helpers, type CaseTextKey } from '../../lib/case/texts/context';
import { isIsoDay, localDay } from '../../lib/case/days';
import { pageDate } from '../page-strings';
import { byId, h } from './dom';
import type { CaseSession } from './session';
import { say, t } from './strings';
import { textContext } from './texts-view';

const HEADINGS: Record<TextId, CaseTextKey> = {
  plan: 'case.plan.heading',
  dispute: 'case.dispute.heading',
  warranty: 'case.warranty.heading',
  executive: 'case.exec.heading',
  social: 'case.social.heading',
};

export function buildPrintView(session: CaseSession): void {
  const ctx = textContext(session.current);
  const { record } = ctx;
  const facts = FACT_FIELDS.filter((field) => record.facts[field].trim());
  const value = (text: string) => (isIsoDay(text) ? pageDate(text) : text);
  byId('case-print').replaceChildren(
    h('h2', {}, say('case.print.heading', { name: record.name })),
    h('p', {}, say('case.print.printed', { date: pageDate(localDay(new Date())) })),
    h('h3', {}, t('case.print.facts')),
    h('dl', { class: 'case-print__facts' }, ...facts.flatMap((field) => [h('dt', {}, t(`case.field.${field}`)), h('dd', {}, value(record.facts[field]))])),
    h('h3', {}, t('case.print.log')),
    record.log.length > 0 ? h('ol', {}, ...record.log.map((entry) => h('li', {}, helpers(ctx).logLine(entry)))) : h('p', {}, t('case.log.empty')),
    h('h3', {}, t('case.ladder.heading')),
    h('p', {}, byId('case-ladder-summary').textContent ?? ''),
    h('p', {}, byId('case-deadline-text').textContent ?? ''),
    ...TEXTS.flatMap((text) => [h('h3', {}, t(HEADINGS[text.id])), h('div', { class: 'case-print__text' }, text.generate(ctx))]),
  );
}

export function bindPrint(session: CaseSession): void {
  window.addEventListener('beforeprint', () => buildPrintView(session));
  byId('case-print-button').addEventListener('click', () => {
    buildPrintView(session);
    window.print();
  });
}
