import { describe, expect, it } from 'vitest';
import { ageOf, ageWording, contentCheckDates, firstDayOf, isStale, lastDayOf, referenceDate } from '../../../src/lib/directory/freshness';

describe('referenceDate', () => {
  it('takes the build date from the environment when it is set', () => {
    expect(referenceDate(['2026-11'], '2027-03-15')).toEqual({ date: '2027-03-15', basis: 'env' });
  });

  it('falls back to the latest content check date, never the wall clock', () => {
    expect(referenceDate(['2024-02-12', '2026-11', '2026-02-28', '2019'], undefined)).toEqual({ date: '2026-11', basis: 'content' });
    expect(referenceDate(['2026-11'], '  ')).toEqual({ date: '2026-11', basis: 'content' });
  });

  it('refuses a build date that is not a real date, naming the variable', () => {
    expect(() => referenceDate(['2026-11'], '2027-02-30')).toThrow(/BEYOND_NO_TODAY="2027-02-30"/);
    expect(() => referenceDate(['2026-11'], 'tomorrow')).toThrow(/BEYOND_NO_TODAY/);
  });

  it('refuses to guess when there is no date at all', () => {
    expect(() => referenceDate([], undefined)).toThrow(/BEYOND_NO_TODAY/);
  });
});

describe('contentCheckDates', () => {
  it('collects every lastChecked and every accessed date', () => {
    const dates = contentCheckDates({
      companies: [{ data: { lastChecked: '2026-11' } }, { data: { lastChecked: '2025-01-02' } }],
      sources: new Map([['a', { data: { accessed: '2026-10-01' } }]]),
    });
    expect(dates.sort()).toEqual(['2025-01-02', '2026-10-01', '2026-11']);
  });
});

describe('ageOf', () => {
  it('counts whole months between dates known to the month or day', () => {
    expect(ageOf('2023-12-31', '2026-11')).toEqual({ unit: 'months', count: 35, approximate: false });
    expect(ageOf('2024-02-12', '2026-02-11')).toEqual({ unit: 'months', count: 23, approximate: false });
    expect(ageOf('2024-02-12', '2026-02-12')).toEqual({ unit: 'months', count: 24, approximate: false });
    expect(ageOf('2026-11', '2026-11')).toEqual({ unit: 'months', count: 0, approximate: false });
  });

  it('counts only years, approximately, when either date is a bare year', () => {
    expect(ageOf('2008', '2026-11')).toEqual({ unit: 'years', count: 18, approximate: true });
    expect(ageOf('2019-05-01', '2026')).toEqual({ unit: 'years', count: 7, approximate: true });
  });

  it('gives age zero for a date after the reference date', () => {
    expect(ageOf('2027-01', '2026-11').count).toBe(0);
  });
});

describe('ageWording', () => {
  it.each([
    [{ unit: 'months', count: 0, approximate: false }, 'underMonth', 0],
    [{ unit: 'months', count: 1, approximate: false }, 'months', 1],
    [{ unit: 'months', count: 11, approximate: false }, 'months', 11],
    [{ unit: 'months', count: 12, approximate: false }, 'years', 1],
    [{ unit: 'months', count: 35, approximate: false }, 'years', 2],
    [{ unit: 'years', count: 0, approximate: true }, 'thisYear', 0],
    [{ unit: 'years', count: 1, approximate: true }, 'aboutYears', 1],
    [{ unit: 'years', count: 18, approximate: true }, 'aboutYears', 18],
  ] as const)('%o is %s', (age, key, n) => {
    expect(ageWording(age)).toEqual({ key, n });
  });
});

describe('first and last day of a partial date', () => {
  it('spans the year or month the date names', () => {
    expect(firstDayOf('2024')).toBe('2024-01-01');
    expect(lastDayOf('2024')).toBe('2024-12-31');
    expect(firstDayOf('2024-02')).toBe('2024-02-01');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2023-02')).toBe('2023-02-28');
    expect(lastDayOf('2023-02-14')).toBe('2023-02-14');
  });
});

describe('isStale (more than two years old)', () => {
  it('marks a value certainly older than two years', () => {
    expect(isStale('2023-12-31', '2026-11')).toBe(true);
    expect(isStale('2024-10', '2026-11')).toBe(true);
    expect(isStale('2008', '2026-11')).toBe(true);
  });

  it('does not mark a value that is, or may be, two years old or less', () => {
    expect(isStale('2024-11-01', '2026-11')).toBe(false);
    expect(isStale('2024-11', '2026-11')).toBe(false);
    // "2024" may mean December 2024, less than two years before November 2026: no guess.
    expect(isStale('2024', '2026-11')).toBe(false);
    expect(isStale('2026-11', '2026-11')).toBe(false);
  });

  it('counts from the first day the reference date can mean', () => {
    expect(isStale('2024-06-30', '2026-07-01')).toBe(true);
    expect(isStale('2024-07-01', '2026-07-01')).toBe(false);
    expect(isStale('2024-12-31', '2026')).toBe(false);
    expect(isStale('2023-12-31', '2026')).toBe(true);
  });

  it('handles a reference date of 29 February', () => {
    expect(isStale('2026-02-28', '2028-02-29')).toBe(true);
    expect(isStale('2026-03-01', '2028-02-29')).toBe(false);
  });
});
