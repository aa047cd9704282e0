/** The directory data the page embedded at build time (src/lib/case/directory-data.ts). */
import type { CaseCompany, CaseDirectory } from '../../lib/case/directory';
import { byId } from './dom';

export const directory: CaseDirectory = JSON.parse(byId('case-data').textContent ?? '{}');

export function companyById(id: string): CaseCompany | undefined {
  return id ? directory.companies.find((company) => company.id === id) : undefined;
}
