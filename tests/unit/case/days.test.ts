import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDay, localDay } from '../../../src/lib/case/days';
import { billingErrorDeadline, deadlineStatus } from '../../../src/lib/case/deadline';

describe('addDays', () => {
  it.each([
    ['2024-01-01', 60, '2024-03-01', 'across a leap February'],
    ['2023-12-31', 60, '2024-02-29', 'onto a leap day'],
    ['2025-12-31', 60, '2026-03-01', 'past a common February'],
    ['2023-01-01', 60, '2023-03-02', 'a common year from 1 January'],
    ['2024-12-15', 60, '2025-02-13', 'across a year end'],
    ['2100-01-01', 59, '2100-03-01', 'a century year that is not leap'],
    ['2000-01-01', 59, '2000-02-29', 'a century year that is leap'],
    ['2024-03-31', 1, '2024-04-01', 'a month end'],
    ['2024-03-01', -1, '2024-02-29', 'backwards over a leap day'],
    ['2024-03-10', 0, '2024-03-10', 'zero days'],
  ])('%s + %i days is %s (%s)', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  it('refuses a day that does not exist', () => {
    expect(() => addDays('2023-02-29', 1)).toThrow(RangeError);
    expect(() => addDays('2023-02', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts whole days either way, across a daylight-saving change', () => {
    expect(daysBetween('2024-03-01', '2024-03-31')).toBe(30);
    expect(daysBetween('2024-03-31', '2024-03-01')).toBe(-30);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-10-26', '2024-10-28')).toBe(2);
  });
});

describe('isIsoDay and localDay', () => {
  it('accepts only whole real days', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('2024-02')).toBe(false);
    expect(isIsoDay('')).toBe(false);
  });

  it('reads the local calendar day', () => {
    expect(localDay(new Date(2024, 1, 29, 23, 59))).toBe('2024-02-29');
    expect(localDay(new Date(2025, 0, 1, 0, 0))).toBe('2025-01-01');
  });
});

describe('billingErrorDeadline', () => {
  it.each([
    ['2024-01-01', '2024-03-01'],
    ['2023-12-31', '2024-02-29'],
    ['2025-12-31', '2026-03-01'],
    ['2024-02-20', '2024-04-20'],
  ])('a statement dated %s must be answered by %s', (statement, deadline) => {
    expect(billingErrorDeadline(statement, statement)?.deadline).toBe(deadline);
  });

  it('counts the days left from today and warns when 14 or fewer remain', () => {
    expect(billingErrorDeadline('2024-01-01', '2024-01-10')).toEqual({
      statementDate: '2024-01-01',
      deadline: '2024-03-01',
      daysLeft: 51,
      status: 'ok',
    });
    expect(billingErrorDeadline('2024-01-01', '2024-02-15')).toMatchObject({ daysLeft: 15, status: 'ok' });
    expect(billingErrorDeadline('2024-01-01', '2024-02-16')).toMatchObject({ daysLeft: 14, status: 'near' });
    expect(billingErrorDeadline('2024-01-01', '2024-02-29')).toMatchObject({ daysLeft: 1, status: 'near' });
    expect(billingErrorDeadline('2024-01-01', '2024-03-01')).toMatchObject({ daysLeft: 0, status: 'today' });
    expect(billingErrorDeadline('2024-01-01', '2024-03-02')).toMatchObject({ daysLeft: -1, status: 'past' });
  });

  it('gives nothing for a blank or impossible statement date', () => {
    expect(billingErrorDeadline('', '2024-01-01')).toBeUndefined();
    expect(billingErrorDeadline('2023-02-30', '2024-01-01')).toBeUndefined();
  });

  it('names each status', () => {
    expect([15, 14, 0, -3].map(deadlineStatus)).toEqual(['ok', 'near', 'today', 'past']);
  });
});
