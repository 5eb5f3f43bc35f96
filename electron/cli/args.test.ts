/** The command line as parsed, without the bundle (cli.test.ts runs the built CLI on the same lines). */
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError, type ReportArgs } from './args';

describe('parseArgs', () => {
  it('reads every report option, as `--name value` or `--name=value`, and --map again and again', () => {
    expect(
      parseArgs([
        'report',
        'list.csv',
        '--period=quarter',
        '--range',
        '2024-01..2024-12',
        '--sheet',
        'Asiakkaat',
        '--map',
        'endDate=C',
        '--map=segment=-',
        '--mapping',
        'm.json',
        '--date-order',
        'day-first',
        '--out',
        'r.xlsx',
        '--json',
      ]),
    ).toEqual({
      command: 'report',
      file: 'list.csv',
      periodKind: 'quarter',
      range: { choice: { first: '2024-01', last: '2024-12' }, source: '--range 2024-01..2024-12' },
      sheet: 'Asiakkaat',
      out: 'r.xlsx',
      json: true,
      overrides: {
        map: [
          { field: 'endDate', column: 'C', source: '--map endDate=C' },
          { field: 'segment', column: null, source: '--map segment=-' },
        ],
        mappingFile: 'm.json',
        dateOrder: 'dayFirst',
      },
    });
  });

  it('leaves out what is not given', () => {
    expect(parseArgs(['report', 'list.csv'])).toEqual({
      command: 'report',
      file: 'list.csv',
      periodKind: null,
      range: null,
      sheet: null,
      out: null,
      json: false,
      overrides: { map: [], mappingFile: null, dateOrder: null },
    });
    expect(parseArgs(['inspect', 'book.xlsx', '--sheet', 'Data'])).toEqual({
      command: 'inspect',
      file: 'book.xlsx',
      sheet: 'Data',
      json: false,
    });
  });

  it('reads --range as FIRST..LAST of period labels, trimmed, or as a preset’s name', () => {
    const range = (value: string) => (parseArgs(['report', 'x.csv', `--range=${value}`]) as ReportArgs).range?.choice;
    expect(range(' 2024-Q1 .. 2024-Q3 ')).toEqual({ first: '2024-Q1', last: '2024-Q3' });
    expect(range('Tammikuu..Kevät')).toEqual({ first: 'Tammikuu', last: 'Kevät' });
    expect(range('ttm')).toEqual({ preset: 'trailingTwelveMonths' });
    expect(range('this-year')).toEqual({ preset: 'thisYear' });
    expect(range('last-year')).toEqual({ preset: 'lastYear' });
    expect(range('all')).toEqual({ preset: 'allPeriods' });
  });

  it('answers help to --help and to help alone', () => {
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['report', 'x.csv', '--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['help'])).toEqual({ command: 'help' });
  });

  it('takes a file that starts with a dash after --, and a value that does as it is', () => {
    expect(parseArgs(['report', '--', '-list.csv'])).toMatchObject({ file: '-list.csv' });
    expect(parseArgs(['report', 'x.csv', '--sheet', '-1-'])).toMatchObject({ sheet: '-1-' });
  });

  it.each([
    [['report', 'x.csv', '--period', 'month', '--period', 'year'], '--period is given twice'],
    [['report', 'x.csv', '--range', 'all', '--range', 'ttm'], '--range is given twice'],
    [['report', 'x.csv', '--range'], '--range needs a value'],
    ...['2024', '2024-01..', '..2024-12', ' .. ', '2024-01..2024-06..2024-12', 'toString'].map(
      (value): [string[], string] => [
        ['report', 'x.csv', '--range', value],
        `--range must be FIRST..LAST (for example 2024-01..2024-12), ttm, this-year, last-year or all, not ${value}`,
      ],
    ),
    [['report', 'x.csv', '--date-order', 'toString'], '--date-order must be day-first or month-first, not toString'],
    [['inspect', 'x.csv', '--range', 'all'], 'inspect does not take --range'],
    [['report', 'x.csv', '--sheet='], '--sheet needs a value'],
    [['report', 'x.csv', '--out'], '--out needs a value'],
    [['report', 'x.csv', '--json=yes'], 'unknown option --json=yes'],
    [['report', 'x.csv', '--verbose=1'], 'unknown option --verbose=1'],
    [['report', 'x.csv', '-v'], 'unknown option -v'],
    [['report', 'x.csv', '--toString'], 'unknown option --toString'],
    [['report', 'x.csv', 'y.csv'], 'unexpected argument y.csv'],
    [['inspect', 'x.csv', '--map', 'endDate=C'], 'inspect does not take --map'],
    // In the order given: the unknown option first.
    [['report', 'x.csv', '--verbose', '--sheet'], 'unknown option --verbose'],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(new UsageError(message));
  });
});
