/** The reminder for a promised date, built with the ics library and read back with a real iCalendar parser. */
import { createEvent } from 'ics';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../src/lib/text/dates';
import { reminderEvent, reminderFileName } from '../../../src/lib/case/calendar';
import { filledCase, strings } from './fixtures';
import type { UiKey } from '../../../src/i18n/ui';

const ctx = { company: 'United Airlines', t: (key: string) => strings.t(key as UiKey), channel: strings.channel, formatDay: (d: string) => formatIsoDate(d) };

function parse(entryIndex: number) {
  const entry = filledCase().log[entryIndex]!;
  const attributes = reminderEvent(entry, ctx);
  if (!attributes) throw new Error('no event');
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error('no calendar text');
  const calendar = new ICAL.Component(ICAL.parse(value));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { event: new ICAL.Event(vevent), vevent, text: value };
}

describe('reminderEvent', () => {
  it('makes an all-day event on the promised day with a reminder at 09:00', () => {
    const { event, vevent } = parse(0);
    expect(event.summary).toBe('Follow up with United Airlines (ref. REF-100200)');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2024-02-19');
    expect(event.endDate.toString()).toBe('2024-02-20');
    expect(event.description).toContain('Dana (agent 4471) promised: a call back about the refund.');
    expect(event.description).toContain('Logged on 12 February 2024 (Phone)');
    expect(event.uid).toBe('log-1@beyond-no.case');
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('PT9H');
    expect(alarm.getFirstPropertyValue('description')).toBe('Has United Airlines done what it promised?');
  });

  it('makes a timed event at the promised wall-clock time with a reminder 15 minutes before', () => {
    const { event, vevent, text } = parse(1);
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.toString()).toBe('2024-03-05T17:00:00');
    // A floating time: no zone, so 17:00 is 17:00 wherever the person is.
    expect(text).toMatch(/DTSTART:20240305T170000\r\n/);
    expect(event.duration.toSeconds()).toBe(30 * 60);
    expect(String(vevent.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe('-PT15M');
  });

  it('makes nothing without a promised day', () => {
    expect(reminderEvent({ ...filledCase().log[0]!, promisedBy: '' }, ctx)).toBeUndefined();
  });
});

describe('reminderFileName', () => {
  it('names the company and the day', () => {
    expect(reminderFileName('Jenn-Air', '2024-03-05')).toBe('follow-up-jenn-air-2024-03-05.ics');
  });
});
