/** /data/companies.json: every company with every field, as the content gives it after parsing. */
import type { Company } from '../../schemas/company';
import { latestIsoDate } from '../text/dates';
import type { CompaniesDocument } from './schemas';
import { companyCardPath, companyPagePath, DATA_PATHS, SCHEMA_VERSION } from './version';

export interface CompanyInput {
  id: string;
  data: Company;
  body?: string | undefined;
}

export function companiesDocument(companies: readonly CompanyInput[], site: URL): CompaniesDocument {
  const url = (path: string) => new URL(path, site).href;
  return {
    $schema: url(DATA_PATHS.companiesSchema),
    schemaVersion: SCHEMA_VERSION,
    site: url('/'),
    lastChecked: latestIsoDate(companies.map((c) => c.data.lastChecked)) ?? '',
    companies: companies.map((company) => ({
      id: company.id,
      url: url(companyPagePath(company.id)),
      vcard: url(companyCardPath(company.id)),
      ...company.data,
      body: company.body ?? '',
    })),
  };
}
