import { describe, expect, it } from 'vitest';
import { compareIsoDates, datePrecision, formatIsoDate, isRealIsoDate, latestIsoDate } from '../../src/lib/text/dates';

describe('isRealIsoDate', () => {
  it.each(['2024-02-29', '2023-02-28', '2023-12-31', '2023-01-01', '2019', '2019-05', '2000-02-29'])('accepts the real date %s', (value) => {
    expect(isRealIsoDate(value)).toBe(true);
  });

  it.each([
    ['2023-02-30', 'a day past the end of February'],
    ['2023-02-29', 'February 29 in a common year'],
    ['1900-02-29', 'February 29 in a century year that is not a leap year'],
    ['2023-04-31', 'day 31 of a 30-day month'],
    ['2023-13-01', 'month 13'],
    ['2023-00-10', 'month 0'],
    ['2023-01-00', 'day 0'],
    ['2023-13', 'month 13 without a day'],
    ['19-05-01', 'a two-digit year'],
    ['2019-5-1', 'unpadded month and day'],
    ['2019/05/01', 'slashes'],
    ['2019-05-01T00:00', 'a time part'],
    [' 2019-05-01', 'leading space'],
    ['', 'the empty string'],
  ])('rejects %s (%s)', (value) => {
    expect(isRealIsoDate(value)).toBe(false);
  });
});

describe('datePrecision', () => {
  it('tells year, month and day apart', () => {
    expect(datePrecision('2019')).toBe('year');
    expect(datePrecision('2019-05')).toBe('month');
    expect(datePrecision('2019-05-01')).toBe('day');
  });
});

describe('formatIsoDate', () => {
  it('writes a full date as day, month name and year', () => {
    expect(formatIsoDate('2024-02-12')).toBe('12 February 2024');
  });

  it('writes a month date without inventing a day', () => {
    expect(formatIsoDate('2024-02')).toBe('February 2024');
  });

  it('writes a bare year as the year alone', () => {
    expect(formatIsoDate('2019')).toBe('2019');
  });

  it('does not shift the first or last day of a year across a time zone boundary', () => {
    expect(formatIsoDate('2023-12-31')).toBe('31 December 2023');
    expect(formatIsoDate('2024-01-01')).toBe('1 January 2024');
  });

  it('follows the requested locale', () => {
    expect(formatIsoDate('2024-02-12', 'en-US')).toBe('February 12, 2024');
  });
});

describe('compareIsoDates', () => {
  it('orders earlier before later and equal as zero', () => {
    expect(compareIsoDates('2019-05-01', '2019-05-02')).toBeLessThan(0);
    expect(compareIsoDates('2020', '2019-12-31')).toBeGreaterThan(0);
    expect(compareIsoDates('2019-05', '2019-05')).toBe(0);
  });

  it('sorts a bare year before its own months', () => {
    expect(compareIsoDates('2019', '2019-01')).toBeLessThan(0);
    expect(compareIsoDates('2019-05', '2019-05-01')).toBeLessThan(0);
  });
});

describe('latestIsoDate', () => {
  it('answers undefined for no dates', () => {
    expect(latestIsoDate([])).toBeUndefined();
  });

  it('picks the latest across precisions', () => {
    expect(latestIsoDate(['2019-05', '2023-12-31', '2008', '2021-11-02'])).toBe('2023-12-31');
    expect(latestIsoDate(['2019-12-31', '2020', '2019-05'])).toBe('2020');
  });

  it('does not reorder the array it is given', () => {
    const dates = ['2021', '2019', '2020'];
    latestIsoDate(dates);
    expect(dates).toEqual(['2021', '2019', '2020']);
  });
});
