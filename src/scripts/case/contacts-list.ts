/** A company's contacts as a list: label, value (a link where it has one), and a badge when unverified. */
import type { CaseContact } from '../../lib/case/directory';
import { h } from './dom';
import { strings } from './strings';

export function contactList(contacts: readonly CaseContact[]): HTMLUListElement {
  return h(
    'ul',
    { class: 'case-contacts' },
    ...contacts.map((contact) =>
      h(
        'li',
        {},
        h('span', { class: 'case-contacts__label' }, `${contact.label}: `),
        contact.href ? h('a', { href: contact.href }, contact.value) : h('span', {}, contact.value),
        contact.status === 'unverified' && ' ',
        contact.status === 'unverified' && h('span', { class: 'badge badge--unverified' }, strings.status('unverified')),
      ),
    ),
  );
}
