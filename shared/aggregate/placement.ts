/**
 * Where each customer of a list sits on the period calendar: the range of periods the
 * list covers, and for every customer the period of its start and of its end, as
 * period offsets (0 = the first period of the range) in typed arrays. Every count of
 * the aggregation is then integer arithmetic on offsets, with no date maths and no
 * object per customer.
 */
import type { DayNumber } from '../calendar';
import type { CustomerRecord } from '../customers';
import { translate } from '../i18n';
import { MAX_AGGREGATED_PERIODS } from '../limits';
import { periodAt, periodIndexOf, periodRange, type Period, type PeriodKind } from '../periods';

/** The most periods one list may span (shared/limits.ts says why): at most what a document may hold. */
export const MAX_PERIODS = MAX_AGGREGATED_PERIODS;

/** Why a record that should have been rejected by the reader is not counted. */
export type SkipReason = 'noStart' | 'unreadableEnd' | 'endBeforeStart';

export const SKIPPED = -1;

export interface Placement {
  periods: Period[];
  /** The latest start or end date of the list: the day observation of the list stops. */
  observedUntil: DayNumber;
  /** Period offset of each customer's start date; SKIPPED for a record that is not counted. */
  startAt: Int32Array;
  /**
   * Period offset of each customer's end date; `periods.length` when there is none, so
   * "still a customer at the end of offset p" is simply `startAt ≤ p < endAt` for everyone.
   */
  endAt: Int32Array;
  /** Customers counted (not SKIPPED). */
  counted: number;
  /** The period offset holding a day, or -1 outside the range (or not a whole day number). */
  offsetOfDay(day: DayNumber): number;
}

export class TooManyPeriodsError extends Error {
  readonly key = 'aggregate.error.tooManyPeriods';

  constructor(readonly params: { periods: number; first: string; last: string; max: number }) {
    super(translate('en', 'aggregate.error.tooManyPeriods', params));
    this.name = 'TooManyPeriodsError';
  }
}

/** Null for a countable record, else why it cannot be counted (S, N, E and L need a start before any end). */
export function skipReasonOf(customer: CustomerRecord): SkipReason | null {
  if (!Number.isSafeInteger(customer.start)) return 'noStart';
  if (customer.end === null) return null;
  if (!Number.isSafeInteger(customer.end)) return 'unreadableEnd';
  return customer.end < customer.start ? 'endBeforeStart' : null;
}

/** Day → period offset for every day of the range: one array read per date afterwards. */
function dayLookup(periods: readonly Period[]): (day: DayNumber) => number {
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) return () => -1;
  const table = new Int32Array(last.lastDay - first.firstDay + 1);
  periods.forEach((period, offset) =>
    table.fill(offset, period.firstDay - first.firstDay, period.lastDay - first.firstDay + 1),
  );
  return (day) => (Number.isInteger(day) ? (table[day - first.firstDay] ?? -1) : -1);
}

/**
 * Places every countable customer; null when none is countable (an empty list has no
 * periods). A record that is not countable is counted nowhere.
 */
export function placeCustomers(customers: readonly CustomerRecord[], kind: PeriodKind): Placement | null {
  const startAt = new Int32Array(customers.length);
  let earliest = Infinity;
  let latest = -Infinity;
  let counted = 0;
  for (let i = 0; i < customers.length; i++) {
    const customer = customers[i]!;
    if (skipReasonOf(customer)) {
      startAt[i] = SKIPPED;
      continue;
    }
    counted++;
    if (customer.start < earliest) earliest = customer.start;
    const lastDate = customer.end ?? customer.start; // end ≥ start here
    if (lastDate > latest) latest = lastDate;
  }
  if (counted === 0) return null;

  const fromIndex = periodIndexOf(earliest, kind);
  const toIndex = periodIndexOf(latest, kind);
  if (toIndex - fromIndex + 1 > MAX_PERIODS) {
    const [first, last] = [periodAt(fromIndex, kind).label, periodAt(toIndex, kind).label];
    throw new TooManyPeriodsError({ periods: toIndex - fromIndex + 1, first, last, max: MAX_PERIODS });
  }
  const periods = periodRange(fromIndex, toIndex, kind);
  const offsetOfDay = dayLookup(periods);
  const endAt = new Int32Array(customers.length);
  for (let i = 0; i < customers.length; i++) {
    if (startAt[i] === SKIPPED) continue;
    const { start, end } = customers[i]!;
    startAt[i] = offsetOfDay(start);
    endAt[i] = end === null ? periods.length : offsetOfDay(end);
  }
  return { periods, observedUntil: latest, startAt, endAt, counted, offsetOfDay };
}
