/**
 * The billing-error deadline of Regulation Z (12 CFR 1026.13): the written
 * notice must be received by the card issuer within 60 days after the issuer
 * sent the first statement showing the error. We count from the statement date
 * the person enters, the nearest date they can read off the statement.
 */
import { addDays, daysBetween, isIsoDay } from './days';

export const BILLING_ERROR_DAYS = 60;
/** From this many days left, the deadline is shown as a warning. */
export const NEAR_DAYS = 14;

export type DeadlineStatus = 'ok' | 'near' | 'today' | 'past';

export interface Deadline {
  statementDate: string;
  /** The last day the notice can arrive, "YYYY-MM-DD". */
  deadline: string;
  /** Days from today to the deadline; negative once it has passed. */
  daysLeft: number;
  status: DeadlineStatus;
}

/** The deadline for a statement date, or undefined when the date is blank or not a real day. */
export function billingErrorDeadline(statementDate: string, today: string): Deadline | undefined {
  if (!isIsoDay(statementDate) || !isIsoDay(today)) return undefined;
  const deadline = addDays(statementDate, BILLING_ERROR_DAYS);
  const daysLeft = daysBetween(today, deadline);
  return { statementDate, deadline, daysLeft, status: deadlineStatus(daysLeft) };
}

export function deadlineStatus(daysLeft: number): DeadlineStatus {
  if (daysLeft < 0) return 'past';
  if (daysLeft === 0) return 'today';
  return daysLeft <= NEAR_DAYS ? 'near' : 'ok';
}
