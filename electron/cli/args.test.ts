/** The command line as parsed, without the bundle (cli.test.ts runs the built CLI on the same lines). */
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';

describe('parseArgs', () => {
  it('reads every report option, as `--name value` or `--name=value`, and --map again and again', () => {
    expect(
      parseArgs([
        'report',
        'list.csv',
        '--period=quarter',
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
