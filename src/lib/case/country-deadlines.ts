/**
 * The deadlines of the Norwegian and Israeli letters, each counted as its law
 * counts it (src/lib/case/law-days.ts). Each comes with the day the count
 * started from and, for the page, how many days are left and a status shared
 * with the US billing-error deadline (deadline.ts).
 *
 * The periods are those on the tactic pages, with their sources:
 * - forbrukerkjøpsloven § 27: complain within a reasonable time of finding the
 *   fault, never less than two months, and within two years of taking over
 *   the item (five for goods meant to last much longer). Months count to the
 *   day with the same number.
 * - § 14ג (Israel): cancel a distance sale within 14 days of receiving the goods
 *   or the written details, whichever came later; the day of receipt is not
 *   counted and a last day on a Sabbath or holiday moves to the next day.
 * - § 13ד (Israel): charges must stop within 3 business days of the notice
 *   (6 by registered mail). Sources differ on days or business days; business
 *   days are the longer reading, so the page never promises an earlier stop.
 * - Payment Services Law (Israel): tell the card company within 30 days of
 *   learning of a remote charge. Our sources give no rule that moves this one
 *   off a rest day, so it is not moved: the earlier day is the safe one.
 */
import { addDays, daysBetween, isIsoDay } from './days';
import { deadlineStatus, type DeadlineStatus } from './deadline';
import { addMonths, addYears, covers, israeliBusinessDaysAfter, israeliPeriodEnd, type RestDays } from './law-days';

export interface DayCount {
  /** The day the period counts from. */
  from: string;
  /** The last day, "YYYY-MM-DD". */
  last: string;
  daysLeft: number;
  status: DeadlineStatus;
}

function count(from: string, last: string, today: string): DayCount {
  const daysLeft = daysBetween(today, last);
  return { from, last, daysLeft, status: deadlineStatus(daysLeft) };
}

export const REKLAMASJON_SAFE_MONTHS = 2;
export const REKLAMASJON_OUTER_YEARS = 2;
export const REKLAMASJON_LONG_LIFE_YEARS = 5;

export interface ReklamasjonDeadlines {
  /** Two months from finding the fault: the law never counts a complaint sent by then as late. */
  safe?: DayCount;
  /** Two years from taking over the item. */
  outer?: DayCount;
  /** Five years, for goods meant to last much longer. */
  longLife?: DayCount;
}

/** The deadlines of a reklamasjon, from the days the reader has entered (either may be blank). */
export function reklamasjonDeadlines(faultFound: string, delivered: string, today: string): ReklamasjonDeadlines | undefined {
  if (!isIsoDay(today)) return undefined;
  const found = isIsoDay(faultFound);
  const took = isIsoDay(delivered);
  if (!found && !took) return undefined;
  return {
    ...(found ? { safe: count(faultFound, addMonths(faultFound, REKLAMASJON_SAFE_MONTHS), today) } : {}),
    ...(took
      ? {
          outer: count(delivered, addYears(delivered, REKLAMASJON_OUTER_YEARS), today),
          longLife: count(delivered, addYears(delivered, REKLAMASJON_LONG_LIFE_YEARS), today),
        }
      : {}),
  };
}

export const DISTANCE_CANCEL_DAYS = 14;

export interface IsraeliDeadline extends DayCount {
  /** Where the plain count ended, when a Sabbath or holiday moved the last day. */
  movedFrom?: string;
  /** False when the day lies outside the years the holiday calendar covers. */
  holidaysKnown: boolean;
}

/** § 14ג: the last day to cancel a distance sale, counted from receiving the goods or the written details. */
export function distanceCancelDeadline(received: string, today: string, calendar: RestDays): IsraeliDeadline | undefined {
  if (!isIsoDay(received) || !isIsoDay(today)) return undefined;
  const { last, counted } = israeliPeriodEnd(received, DISTANCE_CANCEL_DAYS, calendar);
  return { ...count(received, last, today), ...(last !== counted ? { movedFrom: counted } : {}), holidaysKnown: covers(calendar, last) };
}

export const ONGOING_STOP_BUSINESS_DAYS = 3;
export const ONGOING_STOP_REGISTERED_MAIL_BUSINESS_DAYS = 6;

export interface OngoingStop {
  /** The last day charges may run after a notice sent on `sent` by email, phone or in person. */
  direct: string;
  /** The same, for a notice sent by registered mail. */
  registeredMail: string;
  holidaysKnown: boolean;
}

/** § 13ד: when the business must stop charging, after a notice sent on `sent`. */
export function ongoingStopDates(sent: string, calendar: RestDays): OngoingStop | undefined {
  if (!isIsoDay(sent)) return undefined;
  const direct = israeliBusinessDaysAfter(sent, ONGOING_STOP_BUSINESS_DAYS, calendar);
  const registeredMail = israeliBusinessDaysAfter(sent, ONGOING_STOP_REGISTERED_MAIL_BUSINESS_DAYS, calendar);
  return { direct, registeredMail, holidaysKnown: covers(calendar, sent) && covers(calendar, registeredMail) };
}

export const REMOTE_CHARGE_NOTICE_DAYS = 30;

/** Payment Services Law: the last day to tell the card company of a remote charge, counted from learning of it. */
export function remoteChargeDeadline(learned: string, today: string): DayCount | undefined {
  if (!isIsoDay(learned) || !isIsoDay(today)) return undefined;
  // The day of learning is not counted: the period ends 30 days after it.
  return count(learned, addDays(learned, REMOTE_CHARGE_NOTICE_DAYS), today);
}
