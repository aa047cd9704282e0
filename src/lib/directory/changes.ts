/**
 * Contact changes, derived from the content itself: the directory keeps old
 * values with their status, so each contact says when it became or stopped
 * being right. No separate change log is kept that could drift from the data.
 *
 * - new: a value in use (current or unverified), dated by its as-of date;
 *   when it replaced an older value, that one is named.
 * - superseded: a value another replaced, dated by its end date; when the
 *   content gives no end date, by the as-of date of its replacement ("by").
 * - retired: a value that stopped with nothing in its place, dated by its end
 *   date, or left undated when the content gives none.
 */
import type { Contact } from '../../schemas/contact';
import { compareNames } from '../text/collate';
import { compareIsoDates } from '../text/dates';
import { displayValue, isLive } from './contacts';
import { fill } from '../text/fill';

export type ChangeKind = 'new' | 'superseded' | 'retired';

/** On the same day, in the same company, the new value is listed before the ones it ended. */
const KIND_ORDER: readonly ChangeKind[] = ['new', 'superseded', 'retired'];

export interface ChangeEvent<C extends Contact = Contact> {
  /** Stable across builds and content edits that do not touch this value: used as the feed's guid and the page anchor. */
  id: string;
  kind: ChangeKind;
  /** The date as the content gives it, at its precision, or undefined when the content gives none. */
  date: string | undefined;
  /** "on" when the date is the event's own; "by" when it is only a date by which the change had happened. */
  dateBasis: 'on' | 'by';
  company: { id: string; name: string };
  contact: C;
  /** For a superseded value, what replaced it; for a new value, what it replaced. */
  related: C | undefined;
}

interface CompanyShape<C extends Contact> {
  id: string;
  data: { name: string; contacts: readonly C[] };
}

/** Every change in every company, newest first (on a date before by it); undated ones last. */
export function deriveChanges<C extends Contact>(companies: readonly CompanyShape<C>[]): ChangeEvent<C>[] {
  const events = companies.flatMap((company) => changesOf(company));
  return events.sort(
    (a, b) =>
      (a.date === undefined ? 1 : 0) - (b.date === undefined ? 1 : 0) ||
      compareIsoDates(b.date ?? '', a.date ?? '') ||
      // Known only to have happened by that date: after the changes dated on it, so that the page's
      // headings ("November 2026", "By November 2026") each gather one run of the list.
      Number(a.dateBasis === 'by') - Number(b.dateBasis === 'by') ||
      compareNames(a.company.name, b.company.name) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.id.localeCompare(b.id),
  );
}

function changesOf<C extends Contact>(company: CompanyShape<C>): ChangeEvent<C>[] {
  const { contacts, name } = company.data;
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const replacedBy = new Map(contacts.filter((c) => c.replacedBy).map((c) => [c.replacedBy!, c]));
  const base = { company: { id: company.id, name } };
  return contacts.flatMap((contact): ChangeEvent<C>[] => {
    // Contact ids are unique within a company (the schema checks), so the key survives reordering the file.
    const key = contact.id;
    if (isLive(contact)) {
      return [{ ...base, id: `${company.id}--${key}--new`, kind: 'new', date: contact.asOf, dateBasis: 'on', contact, related: replacedBy.get(contact.id) }];
    }
    if (contact.status === 'superseded') {
      const replacement = contact.replacedBy ? byId.get(contact.replacedBy) : undefined;
      const date = contact.endedOn ?? replacement?.asOf;
      return [{ ...base, id: `${company.id}--${key}--superseded`, kind: 'superseded', date, dateBasis: contact.endedOn ? 'on' : 'by', contact, related: replacement }];
    }
    return [{ ...base, id: `${company.id}--${key}--retired`, kind: 'retired', date: contact.endedOn, dateBasis: 'on', contact, related: undefined }];
  });
}

/** How many changes the page and the feed show: enough for any reader to catch up, small enough for a 10,000-company directory. */
export const CHANGES_SHOWN = 100;

export interface ChangeStrings {
  kind: (kind: ChangeKind) => string;
  /** "{company}: {kind}: {label}" */
  title: string;
  /** "Replaces {value}" */
  replaces: string;
  /** "Replaced by {value}" */
  replacedBy: string;
  /** "Source: {source}, as of {asOf}" */
  source: string;
  /** "by {date}" */
  by: string;
  /** "Date not known" */
  undated: string;
}

/** The words for one change, shared by the page and the feed so they say the same thing. */
export function changeText(
  event: ChangeEvent,
  sourceTitle: string,
  strings: ChangeStrings,
  formatDate: (date: string) => string,
): { title: string; value: string; related: string | undefined; source: string; when: string } {
  const related = event.related
    ? fill(event.kind === 'new' ? strings.replaces : strings.replacedBy, { value: displayValue(event.related) })
    : undefined;
  const when =
    event.date === undefined
      ? strings.undated
      : event.dateBasis === 'by'
        ? fill(strings.by, { date: formatDate(event.date) })
        : formatDate(event.date);
  return {
    title: fill(strings.title, { company: event.company.name, kind: strings.kind(event.kind), label: event.contact.label }),
    value: displayValue(event.contact),
    related,
    source: fill(strings.source, { source: sourceTitle, asOf: formatDate(event.contact.asOf) }),
    when,
  };
}


/**
 * Groups items by key, groups in the order their key first appears and items
 * in their own order. Events of one month can be interleaved with events of a
 * day in that month (sorted newest first, a month-precision date sorts among
 * the days); one heading per period keeps each period one landmark.
 */
export function groupByKey<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([key, grouped]) => ({ key, items: grouped }));
}
