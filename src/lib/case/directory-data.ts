/**
 * Build-time only: turns the content collections into the CaseDirectory the
 * case page embeds. Only values still worth using (current, unverified) go in;
 * scam numbers are a separate list in the content and never reach here.
 */
import type { Contact } from '../../schemas/contact';
import type { Rung, Stage } from '../directory/ladder';
import { addressLines, contactHref, displayValue, splitByStatus } from '../directory/contacts';
import type { CaseCompany, CaseContact, CaseDirectory } from './directory';

interface CompanyLike {
  id: string;
  data: { name: string; aliases: string[]; contacts: Contact[] };
}
interface TacticLike {
  id: string;
  data: { title: string; stage: Stage };
}

function toCaseContact(contact: Contact): CaseContact {
  const href = contact.kind === 'postal' ? undefined : contactHref(contact);
  return {
    rung: contact.rung as Rung,
    kind: contact.kind,
    label: contact.label,
    value: displayValue(contact),
    ...(contact.kind === 'postal' ? { lines: addressLines(contact.value) } : {}),
    ...(href ? { href } : {}),
    status: contact.status === 'current' ? 'current' : 'unverified',
  };
}

export function buildCaseDirectory(companies: readonly CompanyLike[], tactics: readonly TacticLike[]): CaseDirectory {
  return {
    companies: companies.map(
      (company): CaseCompany => ({
        id: company.id,
        name: company.data.name,
        aliases: company.data.aliases,
        contacts: splitByStatus(company.data.contacts).live.map(toCaseContact),
      }),
    ),
    tactics: tactics.map((tactic) => ({ id: tactic.id, title: tactic.data.title, stage: tactic.data.stage })),
  };
}
