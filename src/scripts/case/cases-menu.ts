/** Picking, starting and deleting cases. Renaming is the name field (facts-form.ts). */
import { announce } from './announce';
import { byId, h } from './dom';
import type { CaseSession } from './session';
import { say, t } from './strings';

export function bindCasesMenu(session: CaseSession): void {
  const select = byId<HTMLSelectElement>('case-select');
  const create = byId<HTMLButtonElement>('case-new');
  const remove = byId<HTMLButtonElement>('case-delete');
  const exportButton = byId<HTMLButtonElement>('case-export');
  let shownList = '';

  select.addEventListener('change', () => {
    if (select.value) session.select(select.value);
  });
  create.addEventListener('click', () => {
    session.create();
    announce(t('case.status.created'));
    byId('case-name').focus();
  });
  remove.addEventListener('click', () => {
    const record = session.current;
    if (!record || !window.confirm(say('case.cases.confirmDelete', { name: record.name }))) return;
    session.remove();
    announce(t('case.status.deleted'));
    select.focus();
  });

  const render = () => {
    const current = session.current;
    // Alphabetical, so a case does not jump around the list as it is edited.
    const cases = session.list().sort((a, b) => a.name.localeCompare(b.name) || a.createdAt.localeCompare(b.createdAt));
    const signature = JSON.stringify(cases.map((c) => [c.id, c.name]));
    if (signature !== shownList) {
      shownList = signature;
      select.replaceChildren(
        ...(cases.length === 0 ? [h('option', { value: '' }, t('case.cases.none'))] : []),
        ...cases.map((c, index) => h('option', { value: c.id }, c.name.trim() || say('case.cases.defaultName', { number: index + 1 }))),
      );
    }
    if (current && select.value !== current.id) select.value = current.id;
    remove.disabled = !current;
    exportButton.disabled = !current;
  };
  session.onRedraw(render);
  render();
}
