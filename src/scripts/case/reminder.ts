/**
 * A promised date as a calendar file. The ics library (with its validator) is
 * loaded only when a person asks for a reminder, from the site's own files.
 */
import { reminderEvent, reminderFileName } from '../../lib/case/calendar';
import { pageDate } from '../page-strings';
import type { CaseRecord, LogEntry } from '../../lib/case/model';
import { announce, warn } from './announce';
import { companyById } from './data';
import { download } from './download';
import { say, strings, t } from './strings';

export async function downloadReminder(entry: LogEntry, record: CaseRecord): Promise<void> {
  const company = companyById(record.companyId)?.name ?? (record.facts.companyName.trim() || t('case.blank.company'));
  const event = reminderEvent(entry, { company, t, channel: strings.channel, formatDay: (day) => pageDate(day) });
  if (!event) {
    warn(t('case.status.icsNeedsDate'));
    return;
  }
  try {
    const { createEvent } = await import('ics');
    const { error, value } = createEvent(event);
    if (error || !value) throw error ?? new Error('empty calendar file');
    const fileName = reminderFileName(company, entry.promisedBy);
    download(value, fileName, 'text/calendar;charset=utf-8');
    announce(say('case.status.icsDone', { file: fileName }));
  } catch (error) {
    warn(say('case.status.icsFailed', { reason: error instanceof Error ? error.message : String(error) }));
  }
}
