/**
 * The call log: one fieldset per contact, cloned from the page's <template>
 * and matched to entries by id, so a redraw never rebuilds the control the
 * person is typing in.
 */
import { LOG_FIELDS, newId, newLogEntry, type LogEntry, type LogField } from '../../lib/case/model';
import { localDay } from '../../lib/case/days';
import { announce } from './announce';
import { downloadReminder } from './reminder';
import { byId, setText, setValue } from './dom';
import type { CaseSession } from './session';
import { say } from './strings';

type Control = HTMLInputElement | HTMLSelectElement;

export function bindLog(session: CaseSession): void {
  const list = byId('case-log-entries');
  const empty = byId('case-log-empty');
  const add = byId<HTMLButtonElement>('case-log-add');
  const template = byId<HTMLTemplateElement>('case-log-template');

  const entryOf = (element: Element): string | undefined => element.closest<HTMLElement>('[data-entry-id]')?.dataset.entryId;

  list.addEventListener('input', (event) => {
    const control = event.target as Control;
    const field = control.dataset.logField as LogField | undefined;
    const id = entryOf(control);
    if (!field || !id) return;
    const value = control.value;
    session.edit((record) => ({
      ...record,
      log: record.log.map((entry) => (entry.id === id ? ({ ...entry, [field]: value } as LogEntry) : entry)),
    }));
  });

  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-log-action]');
    const id = button && entryOf(button);
    const record = session.current;
    if (!button || !id || !record) return;
    const index = record.log.findIndex((entry) => entry.id === id);
    const entry = record.log[index];
    if (!entry) return;
    if (button.dataset.logAction === 'ics') {
      void downloadReminder(entry, record);
      return;
    }
    if (!window.confirm(say('case.log.confirmRemove', { number: index + 1 }))) return;
    session.edit((r) => ({ ...r, log: r.log.filter((e) => e.id !== id) }), 'load');
    announce(say('case.status.logRemoved', {}));
    add.focus();
  });

  add.addEventListener('click', () => {
    const entry = newLogEntry(newId(), localDay(new Date()));
    session.edit((record) => ({ ...record, log: [...record.log, entry] }), 'load');
    const count = session.current?.log.length ?? 0;
    list.querySelector<HTMLInputElement>(`[data-entry-id="${entry.id}"] [data-log-field="date"]`)?.focus();
    announce(say('case.status.logAdded', { number: count }));
  });

  const render = (kind: 'edit' | 'load') => {
    if (kind === 'edit') return;
    const log = session.current?.log ?? [];
    const existing = new Map([...list.children].map((child) => [(child as HTMLElement).dataset.entryId, child as HTMLElement]));
    log.forEach((entry, index) => {
      const fieldset = existing.get(entry.id) ?? createEntry(template, entry.id);
      existing.delete(entry.id);
      // insertBefore moves an existing node, so this also puts entries in log order.
      if (list.children[index] !== fieldset) list.insertBefore(fieldset, list.children[index] ?? null);
      setText(fieldset.querySelector('[data-entry-legend]')!, say('case.log.entry', { number: index + 1 }));
      for (const field of LOG_FIELDS) setValue(fieldset.querySelector<Control>(`[data-log-field="${field}"]`)!, entry[field]);
    });
    for (const stale of existing.values()) stale.remove();
    empty.hidden = log.length > 0;
  };
  session.onRedraw(render);
  render('load');
}

/** A new fieldset from the template, with ids that tie each label to its control. */
function createEntry(template: HTMLTemplateElement, id: string): HTMLElement {
  const fieldset = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  fieldset.dataset.entryId = id;
  // The buttons repeat in every entry: the legend ("Contact 2") tells them apart for a screen reader.
  const legend = fieldset.querySelector('[data-entry-legend]')!;
  legend.id = `case-log-${id}-legend`;
  for (const button of fieldset.querySelectorAll('[data-log-action]')) button.setAttribute('aria-describedby', legend.id);
  for (const label of fieldset.querySelectorAll<HTMLLabelElement>('label[data-for]')) {
    const controlId = `case-log-${id}-${label.dataset.for}`;
    label.htmlFor = controlId;
    fieldset.querySelector(`[data-log-field="${label.dataset.for}"]`)!.id = controlId;
  }
  return fieldset;
}
