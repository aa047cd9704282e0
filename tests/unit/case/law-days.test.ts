/**
 * Legal periods counted as each law counts them: months to the same-numbered
 * day (month ends, leap years), and Israeli periods that skip the day of
 * receipt and move off a Sabbath or holiday, with holidays from @hebcal/core.
 */
import { describe, expect, it } from 'vitest';
import {
  distanceCancelDeadline,
  ongoingStopDates,
  reklamasjonDeadlines,
  remoteChargeDeadline,
} from '../../../src/lib/case/country-deadlines';
import { addMonths, addYears, israeliBusinessDaysAfter, israeliPeriodEnd, restDays, weekday } from '../../../src/lib/case/law-days';
import { israeliHolidays } from '../../../src/lib/case/rest-days';

const calendar = restDays(israeliHolidays(2023, 2030), 2023, 2030);

describe('months and years', () => {
  it('end on the day with the same number', () => {
    expect(addMonths('2025-03-15', 2)).toBe('2025-05-15');
    expect(addMonths('2025-11-30', 2)).toBe('2026-01-30');
  });

  it('end on the last day of a shorter month, never in the next one', () => {
    expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
    expect(addMonths('2023-12-31', 2)).toBe('2024-02-29');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('carry 29 February to 28 February in a common year and keep it in a leap year', () => {
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2023-03-01', 5)).toBe('2028-03-01');
  });

  it('refuse a day that does not exist', () => {
    expect(() => addMonths('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe('Israeli rest days from the calendar library', () => {
  it('hold the festival days of 2025 and 2026 as observed in Israel', () => {
    const days = calendar.days;
    // Rosh Hashanah 5786 (two days), Yom Kippur, Sukkot I, Shemini Atzeret, Pesach I and VII, Shavuot.
    for (const day of ['2025-09-23', '2025-09-24', '2025-10-02', '2025-10-07', '2025-10-14', '2026-04-02', '2026-04-08', '2026-05-22']) {
      expect(days.has(day), day).toBe(true);
    }
    // Israel keeps one day of Shavuot and of Pesach VII: the diaspora's second days are working days.
    expect(days.has('2026-05-23')).toBe(false);
    expect(days.has('2026-04-09')).toBe(false);
    // Independence Day is not a rest day here, so a deadline is never moved past it.
    expect(days.has('2026-04-22')).toBe(false);
  });

  it('hold about eight days a year, no more', () => {
    const of2027 = [...calendar.days].filter((day) => day.startsWith('2027-'));
    expect(of2027.length).toBeGreaterThanOrEqual(8);
    expect(of2027.length).toBeLessThanOrEqual(9);
  });
});

describe('an Israeli period (§ 14ג)', () => {
  it('does not count the day of receipt', () => {
    // Received Monday 2 March 2026: day 14 is Monday 16 March.
    expect(israeliPeriodEnd('2026-03-02', 14, calendar)).toEqual({ last: '2026-03-16', counted: '2026-03-16' });
  });

  it('moves a last day on a Sabbath to Sunday', () => {
    // Received Saturday 7 March 2026: day 14 is Saturday 21 March.
    expect(weekday('2026-03-21')).toBe(6);
    expect(israeliPeriodEnd('2026-03-07', 14, calendar)).toEqual({ last: '2026-03-22', counted: '2026-03-21' });
  });

  it('moves a last day on a holiday past it, and past a Sabbath that follows', () => {
    // Rosh Hashanah 5787 is Saturday 12 and Sunday 13 September 2026: a count ending on the 12th runs to Monday the 14th.
    expect(israeliPeriodEnd('2026-08-29', 14, calendar)).toEqual({ last: '2026-09-14', counted: '2026-09-12' });
    // Pesach I is Thursday 2 April 2026; the Friday after it is a day like any other.
    expect(israeliPeriodEnd('2026-03-19', 14, calendar)).toEqual({ last: '2026-04-03', counted: '2026-04-02' });
  });

  it('runs across a month end and a leap day', () => {
    expect(israeliPeriodEnd('2028-02-20', 14, calendar).last).toBe('2028-03-05');
    expect(israeliPeriodEnd('2027-02-20', 14, calendar).last).toBe('2027-03-07');
  });

  it('gives the deadline a status and says where it moved from', () => {
    const deadline = distanceCancelDeadline('2026-03-07', '2026-03-20', calendar)!;
    expect(deadline).toMatchObject({ last: '2026-03-22', movedFrom: '2026-03-21', daysLeft: 2, status: 'near', holidaysKnown: true });
    expect(distanceCancelDeadline('2026-03-02', '2026-03-16', calendar)).toMatchObject({ status: 'today', daysLeft: 0 });
    expect(distanceCancelDeadline('2026-03-02', '2026-03-17', calendar)).toMatchObject({ status: 'past' });
    expect(distanceCancelDeadline('2026-03-02', '2026-03-17', calendar)?.movedFrom).toBeUndefined();
    expect(distanceCancelDeadline('', '2026-03-17', calendar)).toBeUndefined();
  });

  it('says when the holidays of that year are not known', () => {
    expect(distanceCancelDeadline('2031-06-01', '2031-06-02', calendar)?.holidaysKnown).toBe(false);
  });
});

describe('Israeli business days (§ 13ד)', () => {
  it('skip Friday and Saturday', () => {
    // A notice on Wednesday 4 March 2026: Thursday, Sunday, Monday.
    expect(israeliBusinessDaysAfter('2026-03-04', 3, calendar)).toBe('2026-03-09');
  });

  it('skip holidays', () => {
    // Sunday 20 September 2026: Monday 21 is Yom Kippur, so Tuesday, Wednesday, Thursday.
    expect(israeliBusinessDaysAfter('2026-09-20', 3, calendar)).toBe('2026-09-24');
  });

  it('give six for registered mail', () => {
    expect(ongoingStopDates('2026-03-04', calendar)).toEqual({ direct: '2026-03-09', registeredMail: '2026-03-12', holidaysKnown: true });
  });
});

describe('a reklamasjon (forbrukerkjøpsloven § 27)', () => {
  it('gives two months from finding the fault, and two and five years from taking over the item', () => {
    const deadlines = reklamasjonDeadlines('2025-12-31', '2024-02-29', '2026-01-15')!;
    expect(deadlines.safe).toMatchObject({ last: '2026-02-28', daysLeft: 44, status: 'ok' });
    expect(deadlines.outer).toMatchObject({ last: '2026-02-28', status: 'ok' });
    expect(deadlines.longLife).toMatchObject({ last: '2029-02-28' });
  });

  it('works from either day alone', () => {
    expect(reklamasjonDeadlines('2026-01-10', '', '2026-01-15')).toEqual({
      safe: { from: '2026-01-10', last: '2026-03-10', daysLeft: 54, status: 'ok' },
    });
    expect(Object.keys(reklamasjonDeadlines('', '2025-01-10', '2026-01-15')!)).toEqual(['outer', 'longLife']);
    expect(reklamasjonDeadlines('', '', '2026-01-15')).toBeUndefined();
  });
});

describe('a remote charge (Payment Services Law)', () => {
  it('gives 30 days after learning of it, not moved off a rest day', () => {
    // Learned 13 August 2026: day 30 is Saturday 12 September, Rosh Hashanah, and it stays.
    expect(remoteChargeDeadline('2026-08-13', '2026-09-01')).toMatchObject({ last: '2026-09-12', daysLeft: 11, status: 'near' });
    expect(remoteChargeDeadline('2028-02-10', '2028-02-10')).toMatchObject({ last: '2028-03-11' });
  });
});
