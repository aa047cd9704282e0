/**
 * The print view of the whole case: its name, every fact given, the call log,
 * the ladder, and every generated text. Built just before printing (the
 * beforeprint event also covers the browser's own Print command), and printed
 * instead of the form, whose boxes would cut long text off.
 */
import { locales } from '../../i18n/locales';
import { FACT_FIELDS, type FactField } from '../../lib/case/model';
import { TEXTS } from '../../lib/case/texts';
import { helpers } from '../../lib/case/texts/context';
import { isIsoDay, localDay } from '../../lib/case/days';
import { pageDate } from '../page-strings';
import { byId, h } from './dom';
import type { CaseSession } from './session';
import { say, t } from './strings';
import { contextFor, textContext } from './texts-view';

/** A fact's name as its field's label shows it, so the page carries each label once. */
function fieldLabel(field: FactField): string {
  return document.querySelector(`label[for="case-f-${field}"]`)?.textContent?.trim() ?? field;
}

/** The reader's country as the page's chooser holds it: its letters are printed, the other countries' are not. */
function readerCountry(): string | undefined {
  return document.querySelector<HTMLSelectElement>('#reader-country')?.value;
}

export function buildPrintView(session: CaseSession): void {
  const ctx = textContext(session.current);
  const { record } = ctx;
  // The log's lines are written with the texts' words, in the page's language.
  const pageTexts = contextFor({}, ctx);
  const country = readerCountry();
  const facts = FACT_FIELDS.filter((field) => record.facts[field].trim());
  const value = (text: string) => (isIsoDay(text) ? pageDate(text) : text);
  byId('case-print').replaceChildren(
    h('h2', {}, say('case.print.heading', { name: record.name })),
    h('p', {}, say('case.print.printed', { date: pageDate(localDay(new Date())) })),
    h('h3', {}, t('case.print.facts')),
    h('dl', { class: 'case-print__facts' }, ...facts.flatMap((field) => [h('dt', {}, fieldLabel(field)), h('dd', {}, value(record.facts[field]))])),
    h('h3', {}, t('case.print.log')),
    record.log.length > 0 && pageTexts
      ? h('ol', {}, ...record.log.map((entry) => h('li', {}, helpers(pageTexts).logLine(entry))))
      : h('p', {}, t('case.log.empty')),
    h('h3', {}, t('case.ladder.heading')),
    h('p', {}, byId('case-ladder-summary').textContent ?? ''),
    ...TEXTS.filter((text) => !text.country || text.country === country).flatMap((text) => {
      const own = contextFor(text, ctx);
      const deadline = document.getElementById(text.id === 'dispute' ? 'case-deadline-text' : `case-deadline-${text.id}-text`)?.textContent;
      return [
        h('h3', {}, t(text.heading)),
        ...(deadline ? [h('p', {}, deadline)] : []),
        h('div', { class: 'case-print__text', ...(text.language ? { lang: text.language, dir: locales[text.language].dir } : {}) }, own ? text.generate(own) : t('case.letters.unavailable')),
      ];
    }),
  );
}

export function bindPrint(session: CaseSession): void {
  window.addEventListener('beforeprint', () => buildPrintView(session));
  byId('case-print-button').addEventListener('click', () => {
    buildPrintView(session);
    window.print();
  });
}
