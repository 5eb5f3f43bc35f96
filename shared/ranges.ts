/**
 * The range of periods the summary covers (docs/metrics.md, "A range of periods"): a preset
 * or any first..last period, resolved against a document's periods to the index of its first
 * and last period and the range's first day F and last day T.
 *
 * A preset is a window of calendar days ending with the document's last period, and covers
 * the periods that lie wholly inside it: clipped to the periods there are, so a list of five
 * months has a trailing twelve months of five. A range that cannot be resolved is an answer
 * (a RangeProblem), not an exception: the caller says why in its own words.
 */
import { civilDateOf, formatIsoDate, parseIsoDate, type DayNumber } from './calendar';
import type { PeriodRow } from './document';
import { parsePeriodLabel, periodAt, periodIndexOf, type PeriodKind } from './periods';

export const RANGE_PRESETS = ['trailingTwelveMonths', 'thisYear', 'lastYear', 'allPeriods'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** A preset, or the periods from the one labelled `first` to the one labelled `last`. */
export type RangeChoice = { preset: RangePreset } | { first: string; last: string };

/** The default range: the last 12 months, 4 quarters or 1 year. */
export const DEFAULT_RANGE: RangeChoice = { preset: 'trailingTwelveMonths' };

export interface PeriodSpan {
  /** Indexes into the document's periods, first ≤ last. */
  firstIndex: number;
  lastIndex: number;
  /** F and T as `YYYY-MM-DD`; null where the period's label is not one Pito reads. */
  firstDay: string | null;
  lastDay: string | null;
}

export type RangeProblem =
  | { problem: 'noPeriods' }
  /** A first or last label no period has. */
  | { problem: 'notAPeriod'; label: string }
  | { problem: 'firstAfterLast'; first: string; last: string }
  /** A preset needs calendar periods; the last period's label is not a month, quarter or year. */
  | { problem: 'notCalendarPeriods'; label: string }
  /** The preset's window (F…T as `YYYY-MM-DD`) holds no whole period. */
  | { problem: 'noPeriodWithin'; firstDay: string; lastDay: string };

export type ResolvedRange = PeriodSpan | RangeProblem;

/** What the resolution reads of a period. */
export type RangePeriod = Pick<PeriodRow, 'label' | 'firstDay' | 'lastDay'>;

export function isRangeProblem<T extends object>(range: T | RangeProblem): range is RangeProblem {
  return 'problem' in range;
}

function spanOf(periods: readonly RangePeriod[], firstIndex: number, lastIndex: number): PeriodSpan {
  return { firstIndex, lastIndex, firstDay: periods[firstIndex]!.firstDay, lastDay: periods[lastIndex]!.lastDay };
}

/** Array.prototype.findLastIndex, which is ES2023: later than the library shared/ compiles against. */
function lastIndexWhere(periods: readonly RangePeriod[], test: (period: RangePeriod) => boolean): number {
  for (let index = periods.length - 1; index >= 0; index--) if (test(periods[index]!)) return index;
  return -1;
}

/** The same label, or labels naming the same period (`2024-q1` and `2024-Q1`). */
function sameLabel(given: string, label: string): boolean {
  if (given === label) return true;
  const [a, b] = [parsePeriodLabel(given), parsePeriodLabel(label)];
  return a !== null && b !== null && a.kind === b.kind && a.index === b.index;
}

/** Between the periods labelled `first` and `last`; a label held twice counts from its first or to its last row. */
function labelledSpan(periods: readonly RangePeriod[], first: string, last: string): ResolvedRange {
  const firstIndex = periods.findIndex((period) => sameLabel(first, period.label));
  if (firstIndex < 0) return { problem: 'notAPeriod', label: first };
  const lastIndex = lastIndexWhere(periods, (period) => sameLabel(last, period.label));
  if (lastIndex < 0) return { problem: 'notAPeriod', label: last };
  return firstIndex > lastIndex ? { problem: 'firstAfterLast', first, last } : spanOf(periods, firstIndex, lastIndex);
}

/** The preset's calendar window, from the last day of the document's last period. */
function presetWindow(preset: Exclude<RangePreset, 'allPeriods'>, end: DayNumber): [DayNumber, DayNumber] {
  const year = civilDateOf(end).year;
  switch (preset) {
    case 'trailingTwelveMonths':
      // The twelve months ending with the month of T: 12 months, 4 quarters or 1 year alike.
      return [periodAt(periodIndexOf(end, 'month') - 11, 'month').firstDay, end];
    case 'thisYear':
    case 'lastYear': {
      const calendarYear = periodAt(preset === 'thisYear' ? year : year - 1, 'year');
      return [calendarYear.firstDay, calendarYear.lastDay];
    }
  }
}

/** A period's first and last day; null for a period table's own wording, which has none. */
function daysOf({ firstDay, lastDay }: RangePeriod): [DayNumber, DayNumber] | null {
  const first = firstDay === null ? null : parseIsoDate(firstDay);
  const last = lastDay === null ? null : parseIsoDate(lastDay);
  return first === null || last === null ? null : [first, last];
}

function presetSpan(periods: readonly RangePeriod[], preset: RangePreset): ResolvedRange {
  if (preset === 'allPeriods') return spanOf(periods, 0, periods.length - 1);
  const last = periods[periods.length - 1]!;
  const end = daysOf(last)?.[1];
  if (end === undefined) return { problem: 'notCalendarPeriods', label: last.label };
  const [from, to] = presetWindow(preset, end);
  const within = (period: RangePeriod) => {
    const days = daysOf(period);
    return days !== null && from <= days[0] && days[1] <= to;
  };
  const firstIndex = periods.findIndex(within);
  if (firstIndex < 0) return { problem: 'noPeriodWithin', firstDay: formatIsoDate(from), lastDay: formatIsoDate(to) };
  return spanOf(periods, firstIndex, lastIndexWhere(periods, within));
}

export function resolveRange(periods: readonly RangePeriod[], choice: RangeChoice): ResolvedRange {
  if (periods.length === 0) return { problem: 'noPeriods' };
  return 'preset' in choice ? presetSpan(periods, choice.preset) : labelledSpan(periods, choice.first, choice.last);
}

/** Two choices of the same range. */
export function sameRangeChoice(a: RangeChoice, b: RangeChoice): boolean {
  if ('preset' in a || 'preset' in b) return 'preset' in a && 'preset' in b && a.preset === b.preset;
  return a.first === b.first && a.last === b.last;
}

/**
 * The choice for the periods of another kind, when a list is regrouped: a preset stays; chosen
 * periods become the periods of `kind` holding their first and last day (2024-02..2024-11 as
 * quarters is 2024-Q1..2024-Q4). Labels that are not calendar periods stay as they are.
 */
export function rangeForPeriodKind(choice: RangeChoice, kind: PeriodKind): RangeChoice {
  if ('preset' in choice) return choice;
  const [first, last] = [parsePeriodLabel(choice.first), parsePeriodLabel(choice.last)];
  if (first === null || last === null) return choice;
  return {
    first: periodAt(periodIndexOf(first.firstDay, kind), kind).label,
    last: periodAt(periodIndexOf(last.lastDay, kind), kind).label,
  };
}
