/** The facts form and the case name: each keystroke is saved; a loaded case refills every control. */
import { routesFor } from '../../i18n/routes';
import { matchCompany } from '../../lib/case/directory';
import { FACT_FIELDS, type FactField } from '../../lib/case/model';
import { companyById, directory } from './data';
import { byId, h, setValue } from './dom';
import type { CaseSession } from './session';
import { t } from './strings';

type Field = HTMLInputElement | HTMLTextAreaElement;

export function bindFacts(session: CaseSession): void {
  // A fact can have several controls (the card issuer appears in the US, Norwegian and Israeli letters): all are kept in step.
  const fields = new Map<FactField, Field[]>(
    FACT_FIELDS.map((field) => {
      const copies = [...document.querySelectorAll<Field>(`[data-fact="${field}"]`)];
      return [field, copies.length > 0 ? copies : [byId<Field>(`case-f-${field}`)]];
    }),
  );
  const name = byId<HTMLInputElement>('case-name');
  const match = byId('case-company-match');

  for (const [field, controls] of fields) {
    for (const control of controls) {
      control.addEventListener('input', () => {
        const value = control.value;
        for (const copy of controls) if (copy !== control) setValue(copy, value);
        session.edit((record) => {
          record.facts[field] = value;
          if (field === 'companyName') record.companyId = matchCompany(value, directory.companies)?.id ?? '';
          return record;
        });
      });
    }
  }
  name.addEventListener('input', () => {
    const value = name.value;
    session.edit((record) => ({ ...record, name: value }));
  });

  let shownMatch = '';
  const render = (kind: 'edit' | 'load') => {
    const record = session.current;
    if (kind === 'load') {
      for (const [field, controls] of fields) for (const control of controls) setValue(control, record?.facts[field] ?? '');
      setValue(name, record?.name ?? '');
    }
    // The match line is a live region: rewrite it only when what it says changes.
    const company = companyById(record?.companyId ?? '');
    const typed = record?.facts.companyName.trim() ?? '';
    const key = company ? `found:${company.id}` : typed ? 'not-found' : '';
    if (key === shownMatch) return;
    shownMatch = key;
    if (company) match.replaceChildren(`${t('case.company.found')} `, h('a', { href: routesFor(document.documentElement.lang).company(company.id) }, company.name));
    else match.replaceChildren(typed ? t('case.company.notFound') : '');
  };
  session.onRedraw(render);
  render('load');
}
