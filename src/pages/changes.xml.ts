/**
 * /changes.xml: the same changes as /changes/, as RSS 2.0. RSS rather than
 * Atom because Atom requires a full timestamp on every entry, and many
 * changes are dated only to the month or year: an item gets a pubDate only
 * when its date is a whole day, so no day is invented. No build time is
 * written, so two builds of the same content give the same file.
 */
import { changeStringsFrom } from '../i18n/adapters';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCatalog } from '../data/catalog';
import { CHANGES_SHOWN, changeText, deriveChanges } from '../lib/directory/changes';
import { datePrecision, formatIsoDate } from '../lib/text/dates';
import { requireSite } from '../lib/exports/version';
import { useStrings } from '../i18n/ui';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const { t } = useStrings();
  const strings = changeStringsFrom(t);
  const base = requireSite(site);
  const items = deriveChanges(catalog.companies)
    .slice(0, CHANGES_SHOWN)
    .map((event) => {
      const text = changeText(event, catalog.sources.get(event.contact.source)!.data.title, strings, formatIsoDate);
      return {
        title: text.title,
        link: new URL(`/changes/#${event.id}`, base).href,
        description: [`${text.when}: ${text.value}`, text.related, text.source].filter(Boolean).join('. ') + '.',
        ...(event.date && event.dateBasis === 'on' && datePrecision(event.date) === 'day' ? { pubDate: new Date(`${event.date}T00:00:00Z`) } : {}),
      };
    });
  return rss({
    title: t('trust.feed.title'),
    description: t('trust.changes.description'),
    site: base,
    items,
    trailingSlash: true,
  });
};
