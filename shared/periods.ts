/**
 * The period calendar: calendar months (`2024-01`), quarters (`2024-Q1`) and years
 * (`2024`), each with its first and last day. A period is addressed by an index that
 * counts periods of its kind from year 0, so consecutive periods have consecutive
 * indexes and a range of periods is a range of integers.
 */
import { civilDateOf, dayNumberOf, daysInMonth, formatIsoDate, type DayNumber } from './calendar';

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  index: number;
  label: string;
  firstDay: DayNumber;
  lastDay: DayNumber;
}

const MONTHS_PER_PERIOD: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };

/** The index of the period of the given kind that holds the day. */
export function periodIndexOf(day: DayNumber, kind: PeriodKind): number {
  const { year, month } = civilDateOf(day);
  return year * (12 / MONTHS_PER_PERIOD[kind]) + Math.floor((month - 1) / MONTHS_PER_PERIOD[kind]);
}

export function periodAt(index: number, kind: PeriodKind): Period {
  const perYear = 12 / MONTHS_PER_PERIOD[kind];
  const year = Math.floor(index / perYear);
  const ordinal = index - year * perYear; // 0-based within the year
  const firstMonth = ordinal * MONTHS_PER_PERIOD[kind] + 1;
  const lastMonth = firstMonth + MONTHS_PER_PERIOD[kind] - 1;
  return {
    kind,
    index,
    label: periodLabel(year, ordinal, kind),
    firstDay: dayNumberOf(year, firstMonth, 1),
    lastDay: dayNumberOf(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

function periodLabel(year: number, ordinal: number, kind: PeriodKind): string {
  const yyyy = String(year).padStart(4, '0');
  switch (kind) {
    case 'month':
      return `${yyyy}-${String(ordinal + 1).padStart(2, '0')}`;
    case 'quarter':
      return `${yyyy}-Q${ordinal + 1}`;
    case 'year':
      return yyyy;
  }
}

/** Every period from `fromIndex` to `toIndex` inclusive, with no gaps. */
export function periodRange(fromIndex: number, toIndex: number, kind: PeriodKind): Period[] {
  const periods: Period[] = [];
  for (let index = fromIndex; index <= toIndex; index++) periods.push(periodAt(index, kind));
  return periods;
}

/** Reads a label in Pito's own form (`2024-01`, `2024-Q1`, `2024`); other text is null. */
export function parsePeriodLabel(label: string): Period | null {
  const text = label.trim();
  let match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? periodAt(Number(match[1]) * 12 + month - 1, 'month') : null;
  }
  match = /^(\d{4})-Q([1-4])$/i.exec(text);
  if (match) return periodAt(Number(match[1]) * 4 + Number(match[2]) - 1, 'quarter');
  match = /^(\d{4})$/.exec(text);
  if (match) return periodAt(Number(match[1]), 'year');
  return null;
}

/**
 * The label that continues the calendar after `label`. For a label Pito cannot read
 * (a period table's own wording) the answer is null and the caller asks the user.
 */
export function nextPeriodLabel(label: string): string | null {
  const period = parsePeriodLabel(label);
  return period ? periodAt(period.index + 1, period.kind).label : null;
}

/** The first and last day (`YYYY-MM-DD`) of the period a label names; both null for a label Pito cannot read. */
export function labelDays(label: string): { firstDay: string | null; lastDay: string | null } {
  const period = parsePeriodLabel(label);
  return period
    ? { firstDay: formatIsoDate(period.firstDay), lastDay: formatIsoDate(period.lastDay) }
    : { firstDay: null, lastDay: null };
}
