import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from '../../shared/periods';
import { PeriodSequenceCheck, type SequenceIssue } from './periodSequence';

const columns = { period: 'Period', customersAtStart: 'S', customersAtEnd: 'E' };

type Row = [label: string, start: number | null, end: number | null];

/** Every issue the rows raise, the first data row being row 2. */
function issuesOf(rows: readonly Row[]): SequenceIssue[] {
  const check = new PeriodSequenceCheck(columns);
  return rows.flatMap(([label, customersAtStart, customersAtEnd], index) =>
    check.check({ number: index + 2, label, period: parsePeriodLabel(label), customersAtStart, customersAtEnd }),
  );
}

const codes = (rows: readonly Row[]) => issuesOf(rows).map((issue) => [issue.code, issue.row]);

describe('a period table as a sequence', () => {
  it('raises nothing for rows of one kind, in order, that chain', () => {
    expect(
      codes([
        ['2024-01', 100, 110],
        ['2024-02', 110, 95],
        ['2024-03', 95, 120],
      ]),
    ).toEqual([]);
    expect(
      codes([
        ['2023-Q4', 10, 12],
        ['2024-Q1', 12, 12],
      ]),
    ).toEqual([]);
    expect(
      codes([
        ['2022', 5, 7],
        ['2023', 7, 9],
      ]),
    ).toEqual([]);
  });

  it('names the first unreadable label once, saying nothing of kinds it cannot know', () => {
    expect(
      issuesOf([
        ['2024-01', 1, 1],
        ['Tammikuu', 1, 1],
        ['Helmikuu', 1, 1],
      ]),
    ).toEqual([{ code: 'unreadablePeriodLabel', row: 3, column: 'Period', params: { value: 'Tammikuu' } }]);
  });

  it('names the first row of another kind than the first readable label, past unreadable ones', () => {
    expect(
      issuesOf([
        ['Alku', 1, 1],
        ['2024-01', 1, 1],
        ['2024-02', 1, 1],
        ['2024-Q2', 1, 1],
        ['2025', 1, 1],
      ]),
    ).toEqual([
      { code: 'unreadablePeriodLabel', row: 2, column: 'Period', params: { value: 'Alku' } },
      {
        code: 'mixedPeriodKinds',
        row: 5,
        column: 'Period',
        params: { value: '2024-Q2', firstRow: 3, firstValue: '2024-01' },
      },
    ]);
  });

  it('compares S with the E of the row above, both as read, and reports the first break once', () => {
    const rows: Row[] = [
      ['2024-01', 200, 205],
      ['2024-02', 205, 205],
      ['2024-03', 210, 190],
      ['2024-04', 180, 180],
    ];
    expect(issuesOf(rows)).toEqual([
      {
        code: 'periodsDoNotChain',
        row: 4,
        column: 'S',
        params: { value: '210', previousRow: 3, previousValue: '205', previousColumn: 'E' },
      },
    ]);
  });

  it('skips the comparison where S or the E above is missing', () => {
    expect(
      codes([
        ['2024-01', 100, null],
        ['2024-02', 50, 60],
        ['2024-03', null, 70],
        ['2024-04', 70, 70],
      ]),
    ).toEqual([]);
  });

  it('says the rows are out of order beside the break it causes, once each', () => {
    // Exported newest first: in calendar order the rows would chain.
    const newestFirst: Row[] = [
      ['2024-03', 110, 120],
      ['2024-02', 100, 110],
      ['2024-01', 90, 100],
    ];
    expect(issuesOf(newestFirst)).toEqual([
      {
        code: 'periodsOutOfOrder',
        row: 3,
        column: 'Period',
        params: { value: '2024-02', previousRow: 2, previousValue: '2024-03' },
      },
      {
        code: 'periodsDoNotChain',
        row: 3,
        column: 'S',
        params: { value: '100', previousRow: 2, previousValue: '120', previousColumn: 'E' },
      },
    ]);
  });

  it('compares the order with the readable row above, and a repeated period is not out of order', () => {
    expect(
      codes([
        ['2024-02', 1, 1],
        ['huhti', 1, 1],
        ['2024-01', 1, 1],
      ]),
    ).toEqual([
      ['unreadablePeriodLabel', 3],
      ['periodsOutOfOrder', 4],
    ]);
    expect(
      codes([
        ['2024-02', 1, 1],
        ['2024-02', 1, 1],
      ]),
    ).toEqual([]);
  });
});
