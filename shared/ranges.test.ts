import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './calendar';
import { parsePeriodLabel, periodRange } from './periods';
import { isRangeProblem, resolveRange, type RangeChoice, type RangePeriod } from './ranges';

/** The periods from `first` to `last`, as a document holds them. */
function periods(first: string, last: string): RangePeriod[] {
  const [from, to] = [parsePeriodLabel(first)!, parsePeriodLabel(last)!];
  return periodRange(from.index, to.index, from.kind).map((period) => ({
    label: period.label,
    firstDay: formatIsoDate(period.firstDay),
    lastDay: formatIsoDate(period.lastDay),
  }));
}

/** The labels of the resolved range, or its problem. */
function labels(rows: readonly RangePeriod[], choice: RangeChoice) {
  const range = resolveRange(rows, choice);
  return isRangeProblem(range) ? range : [rows[range.firstIndex]!.label, rows[range.lastIndex]!.label];
}

const TTM = { preset: 'trailingTwelveMonths' } as const;
const THIS_YEAR = { preset: 'thisYear' } as const;
const LAST_YEAR = { preset: 'lastYear' } as const;
const ALL = { preset: 'allPeriods' } as const;

describe('resolveRange: presets', () => {
  it('takes the trailing twelve months as the last 12 months, 4 quarters or 1 year, with F and T', () => {
    const months = periods('2023-03', '2024-12');
    expect(resolveRange(months, TTM)).toEqual({
      firstIndex: 10,
      lastIndex: 21,
      firstDay: '2024-01-01',
      lastDay: '2024-12-31',
    });
    expect(labels(periods('2022-11', '2024-02'), TTM)).toEqual(['2023-03', '2024-02']);
    expect(labels(periods('2022-Q1', '2024-Q2'), TTM)).toEqual(['2023-Q3', '2024-Q2']);
    expect(labels(periods('2020', '2024'), TTM)).toEqual(['2024', '2024']);
  });

  it('clips a preset to the periods there are', () => {
    expect(labels(periods('2024-01', '2024-05'), TTM)).toEqual(['2024-01', '2024-05']);
    expect(labels(periods('2023-Q4', '2024-Q2'), THIS_YEAR)).toEqual(['2024-Q1', '2024-Q2']);
  });

  it('takes this year and last year as calendar years of the last period', () => {
    const quarters = periods('2022-Q1', '2024-Q2');
    expect(labels(quarters, THIS_YEAR)).toEqual(['2024-Q1', '2024-Q2']);
    expect(labels(quarters, LAST_YEAR)).toEqual(['2023-Q1', '2023-Q4']);
    expect(labels(periods('2020', '2024'), LAST_YEAR)).toEqual(['2023', '2023']);
    expect(labels(periods('2023-07', '2024-03'), LAST_YEAR)).toEqual(['2023-07', '2023-12']);
  });

  it('takes all periods, also of a table whose labels are its own', () => {
    const own = [
      { label: 'Tammikuu', firstDay: null, lastDay: null },
      { label: 'Q4', firstDay: null, lastDay: null },
    ];
    expect(resolveRange(own, ALL)).toEqual({ firstIndex: 0, lastIndex: 1, firstDay: null, lastDay: null });
    expect(resolveRange(periods('2024-Q1', '2024-Q4'), ALL)).toMatchObject({
      firstDay: '2024-01-01',
      lastDay: '2024-12-31',
    });
  });

  it('answers with the problem, not an exception, where a preset has no periods', () => {
    expect(resolveRange([], TTM)).toEqual({ problem: 'noPeriods' });
    expect(resolveRange(periods('2024-01', '2024-05'), LAST_YEAR)).toEqual({
      problem: 'noPeriodWithin',
      firstDay: '2023-01-01',
      lastDay: '2023-12-31',
    });
    const own = [{ label: 'Kevät', firstDay: null, lastDay: null }];
    expect(resolveRange(own, TTM)).toEqual({ problem: 'notCalendarPeriods', label: 'Kevät' });
  });
});

describe('resolveRange: first..last', () => {
  const months = periods('2024-01', '2024-12');

  it('takes the periods from the first label to the last, one period too', () => {
    expect(resolveRange(months, { first: '2024-02', last: '2024-04' })).toEqual({
      firstIndex: 1,
      lastIndex: 3,
      firstDay: '2024-02-01',
      lastDay: '2024-04-30',
    });
    expect(labels(months, { first: '2024-07', last: '2024-07' })).toEqual(['2024-07', '2024-07']);
    expect(labels(periods('2024-Q1', '2024-Q4'), { first: '2024-q2', last: '2024-Q3' })).toEqual([
      '2024-Q2',
      '2024-Q3',
    ]);
  });

  it('reads a table’s own labels as they are written, from the first row holding one to the last', () => {
    const own = ['Tammikuu', 'Helmikuu', 'Tammikuu', 'Maaliskuu'].map((label) => ({
      label,
      firstDay: null,
      lastDay: null,
    }));
    expect(resolveRange(own, { first: 'Tammikuu', last: 'Tammikuu' })).toMatchObject({ firstIndex: 0, lastIndex: 2 });
  });

  it('answers with the label no period has, or with a first after the last', () => {
    expect(resolveRange(months, { first: '2023-12', last: '2024-03' })).toEqual({
      problem: 'notAPeriod',
      label: '2023-12',
    });
    expect(resolveRange(months, { first: '2024-01', last: '2024-Q1' })).toEqual({
      problem: 'notAPeriod',
      label: '2024-Q1',
    });
    expect(resolveRange(months, { first: '2024-05', last: '2024-02' })).toEqual({
      problem: 'firstAfterLast',
      first: '2024-05',
      last: '2024-02',
    });
    expect(resolveRange([], { first: '2024-01', last: '2024-02' })).toEqual({ problem: 'noPeriods' });
  });
});
