/** /companies/<id>.vcf: the company's current contacts as a vCard 4.0, for "add to contacts". */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog, type CompanyEntry } from '../../data/catalog';
import { formatIsoDate } from '../../lib/text/dates';
import { companyCardPath, companyPagePath, requireSite } from '../../lib/exports/version';
import { fill } from '../../lib/text/fill';
import { companyVCard } from '../../lib/exports/vcard';
import { useStrings } from '../../i18n/ui';

export const getStaticPaths = (async () => {
  const catalog = await loadCatalog();
  return catalog.companyPages.map((company) => ({ params: { id: company.id }, props: { company } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { company } = props as { company: CompanyEntry };
  const { t } = useStrings();
  const d = company.data;
  const pageUrl = new URL(companyPagePath(company.id), requireSite(site)).href;
  const note = fill(t('trust.vcard.note'), {
    page: pageUrl,
    lastChecked: formatIsoDate(d.lastChecked),
    official: d.contactPage ?? d.website,
  });
  const card = companyVCard(d, { pageUrl, cardUrl: new URL(companyCardPath(company.id), site).href, note });
  return new Response(card, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
