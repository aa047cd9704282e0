/**
 * A promise from the call log as a calendar event with a reminder, in the
 * shape the `ics` library takes. Kept apart from the library call so the event
 * can be tested without a browser, and so the library loads only on demand.
 *
 * A promise with no time is an all-day event with a reminder at 09:00 that
 * day; one with a time is a 30-minute event at that wall-clock time (a floating
 * time: "by 5 pm" means 5 pm wherever the person is) with a reminder 15 minutes
 * before.
 */
import type { EventAttributes } from 'ics';
import { addDays, isIsoDay } from './days';
import { fill } from '../text/fill';
import { slug } from './slug';
import type { LogEntry } from './model';
import type { CaseTextKey } from './texts/context';

export interface ReminderContext {
  /** The company's name as the texts use it. */
  company: string;
  t: (key: CaseTextKey) => string;
  channel: (channel: LogEntry['channel']) => string;
  formatDay: (day: string) => string;
}

function dayArray(day: string): [number, number, number] {
  return day.split('-').map(Number) as [number, number, number];
}

/** The event for a log entry's promise, or undefined when no promised day is set. */
export function reminderEvent(entry: LogEntry, ctx: ReminderContext): EventAttributes | undefined {
  if (!isIsoDay(entry.promisedBy)) return undefined;
  const { t } = ctx;
  const reference = entry.reference.trim();
  const title = reference ? fill(t('case.ics.summaryRef'), { company: ctx.company, reference }) : fill(t('case.ics.summary'), { company: ctx.company });
  const description = fill(t('case.ics.description'), {
    who: entry.who.trim() || t('case.blank.who'),
    promised: entry.promised.trim() || t('case.blank.promised'),
    reference: reference || t('case.blank.reference'),
    date: isIsoDay(entry.date) ? ctx.formatDay(entry.date) : t('case.blank.date'),
    channel: ctx.channel(entry.channel),
  });
  const alarm = { action: 'display' as const, description: fill(t('case.ics.alarm'), { company: ctx.company }) };
  // A stable UID: downloading the reminder again updates the same event instead of adding a second.
  const common = { title, description, uid: `${entry.id}@beyond-no.case`, productId: 'beyond-no/case' };
  const [year, month, day] = dayArray(entry.promisedBy);
  if (!entry.promisedTime) {
    return {
      ...common,
      start: [year, month, day],
      end: dayArray(addDays(entry.promisedBy, 1)),
      alarms: [{ ...alarm, trigger: { hours: 9, before: false } }],
    };
  }
  const [hour, minute] = entry.promisedTime.split(':').map(Number) as [number, number];
  return {
    ...common,
    start: [year, month, day, hour, minute],
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: 30 },
    alarms: [{ ...alarm, trigger: { minutes: 15, before: true } }],
  };
}

/** A file name for a reminder: the company and the day. */
export function reminderFileName(company: string, day: string): string {
  return `follow-up-${slug(company, 40) || 'company'}-${day}.ics`;
}
