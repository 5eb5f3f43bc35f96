/** The CLI end to end, as a child process on the built bundle (the vitest global setup builds it). */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rangeOracle } from '../../shared/aggregate/rangeOracle';
import type { CustomerRecord } from '../../shared/customers';
import { emptyInputs, INPUT_FIELDS, type PeriodRow } from '../../shared/document';
import { summarizeRange } from '../../shared/figures/rangeFigures';
import {
  finnishDate,
  generateCustomers,
  trueMonths,
  trueQuarters,
  type GeneratedCustomer,
} from '../../test/support/customerListGenerator';
import { tempFolder, writeText, writeXlsx } from '../../test/support/workbooks';

const folder = tempFolder('cli');
afterAll(() => folder.remove());

const USAGE = [
  'usage: npm run -s cli -- report <file.xlsx|file.csv> [--period month|quarter|year] [--range FIRST..LAST|ttm|this-year|last-year|all] [--sheet NAME] [--map FIELD=COLUMN]... [--mapping FILE.json] [--date-order day-first|month-first] [--out retention.xlsx] [--json]',
  '       npm run -s cli -- inspect <file.xlsx|file.csv> [--sheet NAME] [--json]',
].join('\n');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['dist/electron/cli.cjs', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonPeriod {
  label: string;
  customersAtStart: number;
  newCustomers: number;
  customersAtEnd: number;
  [figure: string]: number | string | null;
}

interface JsonRange {
  from: string;
  to: string;
  firstDay: string | null;
  lastDay: string | null;
  basis: string;
  notes: string[];
  [figure: string]: number | string | string[] | null;
}

function reportOf(...args: string[]): {
  periodKind: string;
  periods: JsonPeriod[];
  range: JsonRange | null;
  cohorts: unknown[];
  import: Record<string, unknown>;
} {
  const { status, stdout, stderr } = cli('report', ...args, '--json');
  expect(stderr).toBe('');
  expect(status).toBe(0);
  return JSON.parse(stdout);
}

/** The worked examples of docs/metrics.md, and its simple retention and NPS examples on a fifth row. */
const WORKED = [
  ['Period', 'Customers at start', 'New customers', 'Customers at end', 'Promoters', 'Passives', 'Detractors'],
  ['2024-01', 107, 21, 120, null, null, null],
  ['2024-02', 1000, 200, 900, null, null, null],
  ['2024-03', 150, 50, 193, null, null, null],
  ['2024-04', 100, 0, 85, null, null, null],
  ['2024-05', 100, 0, 99, 100, 60, 40],
];

function expectWorkedExamples(periods: JsonPeriod[]): void {
  expect(periods.map((p) => p.label)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05']);
  expect(periods.map((p) => p.lostCustomers)).toEqual([8, 300, 7, 15, 1]);
  const [a, b, c, d, e] = periods as [JsonPeriod, JsonPeriod, JsonPeriod, JsonPeriod, JsonPeriod];
  expect(a.retentionRate).toBeCloseTo(92.5233644859813, 12);
  expect(a.churnRate).toBeCloseTo(7.4766355140187, 12);
  expect(b.retentionRate).toBeCloseTo(70, 12);
  expect(b.churnRate).toBeCloseTo(30, 12);
  expect(c.retentionRate).toBeCloseTo(95.3333333333333, 12);
  expect(c.churnRate).toBeCloseTo(4.6666666666667, 12);
  expect(d.retentionRate).toBeCloseTo(85, 12);
  expect(d.churnRate).toBeCloseTo(15, 12);
  expect(e.simpleRetentionRate).toBeCloseTo(99, 12);
  expect(e.nps).toBeCloseTo(30, 12);
  expect(Math.round((e.npsMarginOfError as number) * 10) / 10).toBe(10.8);
  expect(a).toMatchObject({
    firstDay: '2024-01-01',
    lastDay: '2024-01-31',
    nps: null,
    npsMarginOfError: null,
    clv: null,
  });
}

describe('pito report', () => {
  it('gives the worked examples from a period table in xlsx', async () => {
    const path = await writeXlsx(folder.file('worked.xlsx'), [{ name: 'Periods', rows: WORKED }]);
    const report = reportOf(path);
    expect(report.periodKind).toBe('month');
    expect(report.cohorts).toEqual([]);
    expect(report.import).toMatchObject({ rowsRead: 5, rowsUsed: 5, rowsRejected: 0 });
    // The worked examples are separate periods: February does not start where January ended.
    expect(report.import.issues).toEqual([expect.objectContaining({ code: 'periodsDoNotChain', row: 3 })]);
    expect(report.import.mapping).toMatchObject({
      period: { column: 'A', header: 'Period' },
      customersAtStart: { column: 'B', header: 'Customers at start' },
      detractors: { column: 'G', header: 'Detractors' },
    });
    expectWorkedExamples(report.periods);
  });

  it('gives the worked examples from a period table in csv', () => {
    const text = WORKED.map((row) => row.map((cell) => cell ?? '').join(';')).join('\r\n');
    expectWorkedExamples(reportOf(writeText(folder.file('worked.csv'), text)).periods);
  });

  it('opens its own workbook written with --out as the app opens it, not as a table to import', async () => {
    const source = await writeXlsx(folder.file('source.xlsx'), [{ name: 'Periods', rows: WORKED }]);
    const out = folder.file('retention.xlsx');
    const written = cli('report', source, '--out', out);
    expect(written.status).toBe(0);
    expect(written.stdout).toContain(`Workbook written to ${out}`);
    const report = reportOf(out);
    expectWorkedExamples(report.periods);
    // The whole-range row is Pito's own and never a period; nothing is mapped, nothing is an issue.
    expect(report.import).toEqual({
      rowsRead: 5,
      rowsUsed: 5,
      rowsRejected: 0,
      issues: [],
      mapping: {},
      dateOrder: { order: 'dayFirst', basis: 'notNeeded', evidence: null },
    });
  });

  it('aggregates a generated customer list to the true S, N and E, in xlsx by month and in csv by quarter', async () => {
    const customers = generateCustomers(2500, 7);
    const xlsx = await writeXlsx(folder.file('list.xlsx'), [
      {
        name: 'Asiakkaat',
        rows: [
          ['Asiakasnumero', 'Aloituspäivä', 'Päättymispäivä', 'Ostokerrat', 'Liikevaihto', 'NPS'],
          ...customers.map((c) => [c.id, c.start, c.end, c.purchases, c.revenue, c.nps]),
        ],
      },
    ]);
    const months = trueMonths(customers);
    const pick = (periods: JsonPeriod[]) =>
      periods.map(({ label, customersAtStart, newCustomers, customersAtEnd }) => ({
        label,
        customersAtStart,
        newCustomers,
        customersAtEnd,
      }));
    const byMonth = reportOf(xlsx);
    expect(pick(byMonth.periods)).toEqual(months);
    expect(byMonth.import).toMatchObject({ rowsRead: 2500, rowsUsed: 2500, rowsRejected: 0 });
    expect(byMonth.cohorts[0]).toMatchObject({ label: '2022-01' });
    const mapping = byMonth.import.mapping as Record<string, { column: string; header: string; confidence: number }>;
    expect(Object.keys(mapping)).toEqual(['customerId', 'startDate', 'endDate', 'purchases', 'revenue', 'npsScore']);
    expect(mapping.startDate).toMatchObject({ column: 'B', header: 'Aloituspäivä' });
    expect(mapping.npsScore).toMatchObject({ column: 'F', header: 'NPS' });
    for (const { confidence } of Object.values(mapping)) {
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
    expect(byMonth.import.dateOrder).toMatchObject({ order: 'dayFirst' });

    const csv = writeText(
      folder.file('list.csv'),
      [
        'Customer ID,Start date,End date',
        ...customers.map((c) => `${c.id},${finnishDate(c.start)},${c.end ? finnishDate(c.end) : ''}`),
      ].join('\n'),
    );
    const byQuarter = reportOf(csv, '--period', 'quarter');
    expect(byQuarter.periodKind).toBe('quarter');
    expect(pick(byQuarter.periods)).toEqual(trueQuarters(months));
  });

  it('warns of a period table that is no sequence of periods, once per check, in the JSON and the text', () => {
    // The table of issue 12: labels without a year (so of no kind Pito knows) and rows that do not chain.
    const text =
      'Jakso;Asiakkaat alussa;Uudet asiakkaat;Asiakkaat lopussa\n' +
      'Tammikuu;500;200;600\nQ4;650;300;800\nKevät;700;250;760\nVuosi;900;250;1000\n';
    const path = writeText(folder.file('jaksot.csv'), text);
    const report = reportOf(path);
    expect(report.periods.map((period) => period.label)).toEqual(['Tammikuu', 'Q4', 'Kevät', 'Vuosi']);
    expect(report.import).toMatchObject({ rowsRead: 4, rowsUsed: 4, rowsRejected: 0 });
    expect(report.import.issues).toEqual([
      {
        severity: 'warning',
        code: 'unreadablePeriodLabel',
        row: 2,
        column: 'Jakso',
        message: expect.stringContaining('a label without its year'),
        params: { value: 'Tammikuu', row: 2, column: 'Jakso' },
      },
      {
        severity: 'warning',
        code: 'periodsDoNotChain',
        row: 3,
        column: 'Asiakkaat alussa',
        message: expect.stringContaining(
          'Row 3: customers at start 650 in column "Asiakkaat alussa" ≠ customers at end 600 of row 2',
        ),
        params: {
          value: '650',
          previousRow: 2,
          previousValue: '600',
          previousColumn: 'Asiakkaat lopussa',
          row: 3,
          column: 'Asiakkaat alussa',
        },
      },
    ]);
    const { stdout } = cli('report', path);
    expect(stdout).toContain(
      '\n  warning: Row 2: the period "Tammikuu" in column "Jakso" does not name a month, quarter or year of the calendar',
    );
    expect(stdout).toContain('\n  warning: Row 3: customers at start 650');
  });

  it('prints a readable table without --json', () => {
    const path = writeText(folder.file('small.csv'), 'Period,S,N,E\n2024-Q1,107,21,120\n');
    const { status, stdout } = cli('report', path);
    expect(status).toBe(0);
    expect(stdout).toContain('2024-Q1    107   21  120     —     8   92.5        —');
    expect(stdout).toContain('small.csv: 1 row read, 1 used, 0 rejected.');
    expect(stdout).toContain('\n  period            ← A "Period" (1.00)\n');
  });

  it('prints the mapping and the date order before the issues, and ends every line with a newline', () => {
    const path = writeText(folder.file('us-text.csv'), 'Customer,Start\n1,01/02/2024\n2,03/04/2024\n');
    const { status, stdout } = cli('report', path);
    expect(status).toBe(0);
    const summary = stdout.slice(stdout.indexOf('us-text.csv:'));
    expect(summary).toBe(
      [
        'us-text.csv: 2 rows read, 2 used, 0 rejected.',
        '  customerId ← A "Customer" (1.00)',
        '  startDate  ← B "Start" (0.60)',
        '  dates: month first assumed: nothing in the file tells; check the periods or use --date-order',
        '  warning: Row 1: no column is read as the end date, so nobody is ever counted as lost: retention shows 100 % and churn 0 %. Map the end date column if the file has one.',
        '  warning: Row 2: dates such as "01/02/2024" in column "Start" could be day first or month first and nothing in the file tells; they were read month first (01/02/2024 is 2024-01-02). Check the periods, or choose day first.',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 with one error line for a file it cannot read', () => {
    const missing = cli('report', folder.file('missing.xlsx'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`error: ${folder.file('missing.xlsx')} does not exist or is not a file.\n`);
    const junk = cli('report', writeText(folder.file('junk.xlsx'), 'not a workbook'));
    expect(junk.status).toBe(1);
    expect(junk.stderr).toBe(
      'error: junk.xlsx is not an Excel workbook: an .xlsx file is a zip archive and this is not one.\n',
    );
    expect(junk.stdout).toBe('');
  });

  it.each([
    [[], 'no command given'],
    [['report', 'x.csv', '--map', 'endDate'], '--map needs FIELD=COLUMN (for example --map endDate=C), not endDate'],
    [['report', 'x.csv', '--map', '=C'], '--map needs FIELD=COLUMN (for example --map endDate=C), not =C'],
    [['report', 'x.csv', '--map'], '--map needs a value'],
    [['report', 'x.csv', '--map', 'endDate=C', '--map', 'endDate=D'], '--map endDate is given twice'],
    [
      ['report', 'x.csv', '--map', 'startDate=B', '--map', 'period=A'],
      '--map mixes a customer-list field (startDate) with a period-table field (period)',
    ],
    [['report', 'x.csv', '--date-order', 'ymd'], '--date-order must be day-first or month-first, not ymd'],
    [['inspect'], 'inspect needs a file'],
    [['inspect', 'x.csv', '--out', 'y.xlsx'], 'inspect does not take --out'],
    [['export', 'x.csv'], 'unknown command export'],
    [['report'], 'report needs a file'],
    [['report', 'x.csv', '--period', 'week'], '--period must be month, quarter or year, not week'],
    [['report', 'x.csv', '--verbose'], 'unknown option --verbose'],
    [['report', 'x.csv', '--sheet'], '--sheet needs a value'],
  ])('exits 2 with the usage line for %j', (args, problem) => {
    const { status, stderr } = cli(...args);
    expect(status).toBe(2);
    expect(stderr).toBe(`error: ${problem}\n${USAGE}\n`);
  });
});

describe('pito report on a workbook Pito saved', () => {
  const customers = generateCustomers(400, 11);
  const listRows = [
    ['Customer ID', 'Start date', 'End date', 'Purchases'],
    ...customers.map((c) => [c.id, c.start, c.end, c.purchases]),
  ];
  /** The list, and the workbook `report --out` saved of it: written once, for the tests that need it. */
  let saving: Promise<{ list: string; saved: string }> | undefined;
  const savedList = () =>
    (saving ??= (async () => {
      const list = await writeXlsx(folder.file('saved-list-source.xlsx'), [{ name: 'List', rows: listRows }]);
      const saved = folder.file('saved-list.xlsx');
      expect(cli('report', list, '--out', saved).status).toBe(0);
      return { list, saved };
    })());

  it('keeps the saved periods without --period, and regroups the saved customers with one, as the import groups them', async () => {
    const { list, saved } = await savedList();
    const asSaved = reportOf(saved);
    expect(asSaved.periodKind).toBe('month');
    expect(sne(asSaved.periods)).toEqual(sne(reportOf(list).periods));
    const byQuarter = reportOf(saved, '--period', 'quarter');
    const imported = reportOf(list, '--period', 'quarter');
    expect(byQuarter.periodKind).toBe('quarter');
    expect(byQuarter.periods).toEqual(imported.periods);
    expect(byQuarter.cohorts).toEqual(imported.cohorts);
    expect(byQuarter.import).toMatchObject({ rowsRead: 400, rowsUsed: 400, rowsRejected: 0, issues: [], mapping: {} });
    const { stdout } = cli('report', saved, '--period', 'year');
    expect(stdout).toContain('saved-list.xlsx, sheet "Customers": 400 rows read, 400 used, 0 rejected.\n');
    expect(stdout).toContain('\n  dates: no date in the file depends on the day/month order\n');
  });

  it('opens a workbook of format version 1 as the code of that version did', () => {
    const fixtures = join(import.meta.dirname, '../../test/fixtures/format-v1');
    const report = reportOf(join(fixtures, 'period-table-fi.xlsx'));
    const opened = JSON.parse(readFileSync(join(fixtures, 'period-table-fi.opened.json'), 'utf8'));
    expect(report.periodKind).toBe('quarter');
    expect(sne(report.periods)).toEqual(sne(opened.document.periods));
    expect(report.periods.map((p) => p.clv)).toEqual([218.4, 223.25625, null]); // the default margin of 40 % came back
  });

  it('refuses to regroup a saved period table, whose customers it never had, by another period', async () => {
    const table = await writeXlsx(folder.file('table-source.xlsx'), [{ name: 'Periods', rows: WORKED }]);
    const saved = folder.file('saved-table.xlsx');
    expect(cli('report', table, '--out', saved).status).toBe(0);
    expect(reportOf(saved, '--period', 'month').periods).toHaveLength(5);
    const { status, stdout, stderr } = cli('report', saved, '--period', 'quarter');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'error: saved-table.xlsx holds its periods but not the customers they were counted from, so they cannot be regrouped with --period quarter. Leave out --period to report the periods as saved, or report the customer list they came from.\n',
    );
  });

  it('saves the --range given with --out, and reports that range by default when the workbook is opened', async () => {
    const table = await writeXlsx(folder.file('range-save-source.xlsx'), [{ name: 'Periods', rows: WORKED }]);
    const saved = folder.file('range-saved.xlsx');
    expect(cli('report', table, '--range', '2024-02..2024-04', '--out', saved).status).toBe(0);
    expect(reportOf(saved).range).toMatchObject({ from: '2024-02', to: '2024-04' });
    expect(reportOf(saved, '--range', 'all').range).toMatchObject({ from: '2024-01', to: '2024-05' });
  });

  it('counts the range from the saved customers, as from the list they were saved from', async () => {
    const { list, saved } = await savedList();
    const range = reportOf(saved).range;
    expect(range).toMatchObject({ basis: 'customerList' });
    expect(range).toEqual(reportOf(list).range);
    const byQuarter = ['--period', 'quarter', '--range', 'all'];
    expect(reportOf(saved, ...byQuarter).range).toEqual(reportOf(list, ...byQuarter).range);
  });

  it.each([[['--sheet', 'Periods']], [['--map', 'period=A']], [['--date-order', 'day-first']]])(
    'refuses the import option %j, which does not apply to it',
    async (options) => {
      const { saved } = await savedList();
      const { status, stderr } = cli('report', saved, ...options);
      expect(status).toBe(1);
      expect(stderr).toBe(
        "error: saved-list.xlsx is a workbook Pito saved: report opens it as the app's Open does, by its own sheets, so the import's options --sheet, --map, --mapping and --date-order do not apply. Leave them out.\n",
      );
    },
  );
});

/**
 * Five customers whose end date column is headed `Päivä 2`, which no header rule reads as
 * the end date (its values make it an uncertain guess). Read with it, by hand:
 * - 2024-01: S 0, N 2 (customers 1, 2), E 2;
 * - 2024-02: S 2, N 2 (3, 4), lost 1 (2 ended 10.02), E 3;
 * - 2024-03: S 3, N 1 (5), lost 2 (4 ended 25.03, 5 ended 15.03), E 2.
 * Without it nobody is lost: E is 2, 4, 5.
 */
const ENDS_IN_PAIVA_2 = [
  'Asiakas,Alkoi,Päivä 2',
  '1,15.01.2024,',
  '2,20.01.2024,10.02.2024',
  '3,05.02.2024,',
  '4,10.02.2024,25.03.2024',
  '5,01.03.2024,15.03.2024',
].join('\n');
const WITH_END_DATES = [
  ['2024-01', 0, 2, 2],
  ['2024-02', 2, 2, 3],
  ['2024-03', 3, 1, 2],
];
const WITHOUT_END_DATES = [
  ['2024-01', 0, 2, 2],
  ['2024-02', 2, 2, 4],
  ['2024-03', 4, 1, 5],
];

function sne(periods: JsonPeriod[]): (string | number)[][] {
  return periods.map((p) => [p.label, p.customersAtStart, p.newCustomers, p.customersAtEnd]);
}

/** Dates either order reads, and nothing else in the file that tells: day first is assumed. */
const US_DATES = ['Customer,Start,End', '1,01/02/2024,', '2,03/04/2024,05/06/2024', '3,02/03/2024,'].join('\n');

describe('pito report with the mapping overridden', () => {
  const path = writeText(folder.file('paiva2.csv'), ENDS_IN_PAIVA_2);

  it('reads an end date column its header does not name by its values, as uncertain, and says so', () => {
    // "Päivä 2" is blank for some customers and never before the start: an end date, Pito guesses.
    const report = reportOf(path);
    expect(sne(report.periods)).toEqual(WITH_END_DATES);
    expect(report.import.mapping).toMatchObject({ endDate: { column: 'C', header: 'Päivä 2', confidence: 0.35 } });
    expect(report.import.issues).toMatchObject([
      { code: 'uncertainColumn', column: 'Päivä 2', params: { field: 'endDate', confidence: 35 } },
    ]);
    expect((report.import.issues as { message: string }[])[0]?.message).toBe(
      'Row 1: column "Päivä 2" is read as End date, but its header and values leave Pito unsure (confidence 35%). Check the mapping.',
    );
  });

  it('reads no end date when the guess cannot be one, and names the column it left out', () => {
    // An end before its start on row 2: "Päivä 2" is not the end date.
    const report = reportOf(
      writeText(folder.file('paiva2-before.csv'), ENDS_IN_PAIVA_2.replace('10.02.2024', '10.01.2024')),
    );
    expect(report.import.mapping).not.toHaveProperty('endDate');
    expect(report.import.issues).toMatchObject([{ code: 'noEndDateColumn' }, { code: 'unmappedDateColumn' }]);
  });

  it.each([['endDate=C'], ['endDate=c'], ['endDate=Päivä 2'], ['endDate=  päivä 2 ']])(
    'reads the end date with --map %s',
    (map) => {
      const report = reportOf(path, '--map', map);
      expect(sne(report.periods)).toEqual(WITH_END_DATES);
      expect(report.import.mapping).toMatchObject({
        startDate: { column: 'B', header: 'Alkoi' },
        endDate: { column: 'C', header: 'Päivä 2', confidence: 1 },
      });
      expect(report.import.issues).toEqual([]);
    },
  );

  it('takes a column from the field that had it, and unmaps a field with FIELD= or FIELD=-', () => {
    // B moves from startDate to endDate; then C must be the start date for the file to import.
    const moved = reportOf(path, '--map', 'endDate=B', '--map', 'startDate=C');
    expect(moved.import.mapping).toMatchObject({ startDate: { column: 'C' }, endDate: { column: 'B' } });
    for (const unmap of ['customerId=', 'customerId=-']) {
      expect(reportOf(path, '--map', unmap).import.mapping).not.toHaveProperty('customerId');
    }
  });

  it('reads the same from --mapping FILE.json, and --map wins over the file', () => {
    const mapping = writeText(
      folder.file('mapping.json'),
      JSON.stringify({ endDate: 'Päivä 2', shape: 'customerList' }),
    );
    expect(sne(reportOf(path, '--mapping', mapping).periods)).toEqual(WITH_END_DATES);
    expect(sne(reportOf(path, '--mapping', mapping, '--map', 'endDate=-').periods)).toEqual(WITHOUT_END_DATES);
  });

  it('reads ambiguous dates day first with --date-order day-first, or from the mapping file', () => {
    const us = writeText(folder.file('us.csv'), US_DATES);
    // English headers and nothing that tells: month first is assumed, as a US export writes them.
    const assumed = reportOf(us);
    expect(assumed.periods.map((p) => p.label)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05']);
    expect(assumed.import.dateOrder).toEqual({
      order: 'monthFirst',
      basis: 'assumed',
      evidence: { row: 2, column: 'Start', value: '01/02/2024' },
    });
    const chosen = reportOf(us, '--date-order', 'day-first');
    expect(chosen.periods.map((p) => p.label)).toEqual(['2024-02', '2024-03', '2024-04', '2024-05', '2024-06']);
    expect(sne(chosen.periods).at(-1)).toEqual(['2024-06', 3, 0, 2]);
    expect(chosen.import.dateOrder).toEqual({ order: 'dayFirst', basis: 'user', evidence: null });
    expect(chosen.import.issues).toMatchObject([]);
    const inFile = writeText(folder.file('day-first.json'), '{ "dateOrder": "dayFirst" }');
    expect(reportOf(us, '--mapping', inFile).periods.map((p) => p.label)).toEqual(chosen.periods.map((p) => p.label));
    const { stdout } = cli('report', us, '--date-order', 'day-first');
    expect(stdout).toContain('\n  dates: day first (as chosen)\n');
  });

  it('exits 1 naming the file and its columns for a field or a column it does not have', () => {
    const missing = cli('report', path, '--map', 'endDate=Z');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(
      'error: paiva2.csv: --map endDate=Z: the header row has no column "Z". Columns: A "Asiakas", B "Alkoi", C "Päivä 2".\n',
    );
    const unknown = cli('report', path, '--map', 'loppu=C');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(
      /^error: paiva2\.csv: --map loppu=C: no field is called "loppu"; the fields are customerId, startDate, .*Columns: A "Asiakas", B "Alkoi", C "Päivä 2"\.\n$/,
    );
    expect(unknown.stderr.length).toBeLessThan(300);
  });

  it('keeps the error one short line for a sheet of many columns', () => {
    const headers = Array.from({ length: 60 }, (_, i) => `Sarake numero ${i + 1}`);
    const wide = writeText(
      folder.file('wide.csv'),
      [['Aloituspäivä', ...headers].join(','), `1.1.2024${',x'.repeat(60)}`].join('\n'),
    );
    const { status, stderr } = cli('report', wide, '--map', 'endDate=Loppu');
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^error: wide\.csv: --map endDate=Loppu: the header row has no column "Loppu"\. Columns: A "Aloituspäivä", B "Sarake numero 1", .* and \d+ more\.\n$/,
    );
    expect(stderr.length).toBeLessThan(300);
  });

  it('exits 1 naming the mapping file when it is not JSON or holds the wrong types', () => {
    const cases = [
      ['broken.json', '{ "endDate": ', 'error: broken.json: the mapping file is not valid JSON ('],
      [
        'number.json',
        '{ "endDate": 3 }',
        'error: number.json: "endDate" must be a column\'s header text or letter (a string), or null, not 3.\n',
      ],
      [
        'order.json',
        '{ "dateOrder": "ymd" }',
        'error: order.json: "dateOrder" must be "dayFirst" or "monthFirst", not "ymd".\n',
      ],
      [
        'list.json',
        '["endDate"]',
        'error: list.json: the mapping file must hold one JSON object, such as { "startDate": "B" }.\n',
      ],
    ];
    for (const [name, text, error] of cases as [string, string, string][]) {
      const { status, stdout, stderr } = cli('report', path, '--mapping', writeText(folder.file(name), text));
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.startsWith(error)).toBe(true);
    }
  });

  it('says which field no column was recognised as, which columns hold dates, and the --map that fixes it', () => {
    const list = writeText(
      folder.file('no-start.csv'),
      'Customer ID,City,Revenue\n1,15.01.2024,10.50\n2,20.01.2024,20.25\n',
    );
    const { status, stderr } = cli('report', list);
    expect(status).toBe(1);
    expect(stderr).toBe(
      'error: no-start.csv: no column was recognised as the start date. Columns: A "Customer ID", B "City" (dates), C "Revenue". Map it with --map startDate=B.\n',
    );
    expect(reportOf(list, '--map', 'startDate=B').import.mapping).toMatchObject({ startDate: { column: 'B' } });
    const unmapped = cli('report', path, '--map', 'startDate=-');
    expect(unmapped.stderr).toBe(
      'error: paiva2.csv: no column is mapped to the start date. Columns: A "Asiakas", B "Alkoi" (dates), C "Päivä 2" (dates). Map it with --map startDate=B.\n',
    );
  });

  it('switches to a period table with a period-table field', () => {
    const table = writeText(folder.file('table.csv'), 'Kausi,Alku,Uudet,Loppu\n2024-01,107,21,120\n');
    const report = reportOf(
      table,
      ...['--map', 'period=A', '--map', 'customersAtStart=B', '--map', 'newCustomers=C', '--map', 'customersAtEnd=D'],
    );
    expect(sne(report.periods)).toEqual([['2024-01', 107, 21, 120]]);
  });
});

describe('pito inspect', () => {
  it('answers with exit 0 for a file whose header it does not recognise', () => {
    const path = writeText(folder.file('unknown.csv'), 'foo,bar,baz\n1,15.01.2024,x\n7,16.01.2024,y\n');
    const { status, stdout, stderr } = cli('inspect', path, '--json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({
      file: 'unknown.csv',
      sheet: null,
      sheets: [],
      headerRow: 1,
      headerFound: false,
      shape: 'customerList',
      mapping: {},
      dateConflict: null,
      unplaced: [
        { column: 'A', header: 'foo', looksLike: 'score' },
        { column: 'B', header: 'bar', looksLike: 'date' },
      ],
    });
    expect(answer.columns).toHaveLength(3);
    expect(answer.columns[1]).toMatchObject({
      column: 'B',
      index: 1,
      header: 'bar',
      kind: 'date',
      filled: 2,
      blank: 0,
      dateShare: 1,
    });
    expect(answer.dateOrder).toMatchObject({ order: 'dayFirst' });

    const text = cli('inspect', path);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(
      'header: not recognised; row 1 is read as the header and nothing is mapped (use --map)\n',
    );
    expect(text.stdout).toContain('  (no column mapped)\n');
    expect(text.stdout).toContain('  B "bar": dates\n');
    expect(text.stdout.endsWith('\n')).toBe(true);
  });

  it('shows the sheet, the mapping with confidences, the profiles and the date order of a workbook', async () => {
    const path = await writeXlsx(folder.file('inspect.xlsx'), [
      { name: 'Muistiinpanot', rows: [['Tämä välilehti on tyhjä']] },
      {
        name: 'Asiakkaat',
        rows: [
          ['Asiakasnumero', 'Aloituspäivä', 'Viimeisin tilaus'],
          [1, '13/01/2024', '01/02/2024'],
          [2, '02/03/2024', null],
        ],
      },
    ]);
    const answer = JSON.parse(cli('inspect', path, '--json').stdout);
    expect(answer).toMatchObject({
      sheet: 'Asiakkaat',
      sheets: ['Muistiinpanot', 'Asiakkaat'],
      headerFound: true,
      mapping: {
        customerId: { column: 'A', header: 'Asiakasnumero' },
        startDate: { column: 'B', header: 'Aloituspäivä' },
      },
      unplaced: [{ column: 'C', header: 'Viimeisin tilaus', looksLike: 'date' }],
      dateOrder: {
        order: 'dayFirst',
        basis: 'values',
        evidence: { row: 2, column: 'Aloituspäivä', value: '13/01/2024' },
      },
    });
    const { stdout } = cli('inspect', path, '--sheet', 'Asiakkaat');
    expect(stdout).toContain('inspect.xlsx, sheet "Asiakkaat" (sheets: "Muistiinpanot", "Asiakkaat")\n');
    expect(stdout).toMatch(/\n {2}startDate {2}← B "Aloituspäivä" \(\d\.\d\d\)\n/);
    expect(stdout).toContain('dates: day first (decided by row 2, column "Aloituspäivä", "13/01/2024")\n');
  });

  it('exits 1 for a file it cannot read', () => {
    const { status, stderr } = cli('inspect', writeText(folder.file('junk2.xlsx'), 'not a workbook'));
    expect(status).toBe(1);
    expect(stderr).toBe(
      'error: junk2.xlsx is not an Excel workbook: an .xlsx file is a zip archive and this is not one.\n',
    );
  });
});

const DAY_MS = 86_400_000;
const dayOf = (date: Date) => date.getTime() / DAY_MS;
/** When a generated customer answered the survey, for a list with response dates: within 400 days of the start. */
const answeredOn = (customer: GeneratedCustomer, i: number) =>
  new Date(customer.start.getTime() + ((i * 37) % 400) * DAY_MS);

/** Period rows as the JSON gives them back: the inputs of each, a table's rows to summarise again. */
function rowsOf(periods: readonly JsonPeriod[]): PeriodRow[] {
  return periods.map((period) => ({
    ...emptyInputs(),
    ...Object.fromEntries(INPUT_FIELDS.map((id) => [id, period[id]])),
    id: period.label,
    label: period.label,
    firstDay: null,
    lastDay: null,
    aggregated: false,
  }));
}

describe('pito report --range', () => {
  const customers = generateCustomers(600, 5);
  const listFile = (dated: boolean) =>
    writeText(
      folder.file(dated ? 'range-dated.csv' : 'range-list.csv'),
      [
        `Customer ID,Start date,End date,NPS${dated ? ',NPS date' : ''}`,
        ...customers.map((c, i) =>
          [c.id, finnishDate(c.start), c.end ? finnishDate(c.end) : '', c.nps]
            .concat(dated ? [finnishDate(answeredOn(c, i))] : [])
            .join(','),
        ),
      ].join('\n'),
    );
  /** The customers as the import reads them back. */
  const records = (dated: boolean): CustomerRecord[] =>
    customers.map((c, i) => ({
      row: i + 2,
      id: c.id,
      start: dayOf(c.start),
      end: c.end && dayOf(c.end),
      purchases: null,
      revenue: null,
      npsScore: c.nps,
      npsDate: dated ? dayOf(answeredOn(c, i)) : null,
      segment: null,
    }));
  const TABLE =
    'Period,S,N,E,Promoters,Passives,Detractors\n2024-01,100,10,105,5,3,2\n2024-02,105,20,110,6,2,2\n2024-03,110,5,100,4,4,2\n';
  const table = writeText(folder.file('range-table.csv'), TABLE);

  it.each([[false], [true]])(
    'counts a customer list’s range from the list as one period, as the oracle does (response dates: %s)',
    (dated) => {
      const { range } = reportOf(listFile(dated), '--range', '2023-04..2024-09');
      const want = rangeOracle(records(dated), '2023-04-01', '2024-09-30');
      expect(range).toMatchObject({
        from: '2023-04',
        to: '2024-09',
        firstDay: '2023-04-01',
        lastDay: '2024-09-30',
        basis: 'customerList',
        notes: [],
      });
      const r = range!;
      expect({
        S: r.customersAtStart,
        N: r.newCustomers,
        E: r.customersAtEnd,
        L: r.lostCustomers,
        R: r.customersRetained,
        promoters: r.promoters,
        passives: r.passives,
        detractors: r.detractors,
      }).toEqual(want);
      expect(r.exactRetentionRate).toBe((want.R / want.S) * 100);
      expect(r.retentionRate).toBe(((want.E - want.N) / want.S) * 100);
      expect(r.retentionRate as number).toBeLessThanOrEqual(r.exactRetentionRate as number);
    },
  );

  it('takes the trailing twelve months by default: the last 12 months or the last 4 quarters', () => {
    const path = listFile(false);
    const byMonth = reportOf(path);
    const [first, last] = [byMonth.periods.at(-12)!.label, byMonth.periods.at(-1)!.label];
    expect(byMonth.range).toMatchObject({ from: first, to: last, basis: 'customerList' });
    expect(byMonth.range).toEqual(reportOf(path, '--range', `${first}..${last}`).range);
    expect(reportOf(path, '--range', 'ttm').range).toEqual(byMonth.range);
    const byQuarter = reportOf(path, '--period', 'quarter');
    expect(byQuarter.range).toMatchObject({
      from: byQuarter.periods.at(-4)!.label,
      to: byQuarter.periods.at(-1)!.label,
    });
  });

  it('combines a period table’s rows by the range rules, as summarizeRange does', () => {
    const report = reportOf(table, '--range', '2024-02..2024-03');
    const { inputs, metrics } = summarizeRange(rowsOf(report.periods.slice(1)));
    expect(report.range).toEqual({
      from: '2024-02',
      to: '2024-03',
      firstDay: '2024-02-01',
      lastDay: '2024-03-31',
      basis: 'periodRows',
      notes: [],
      ...inputs,
      ...metrics,
    });
  });

  it('leaves the flow of a table whose rows do not chain blank, and says why', async () => {
    const worked = await writeXlsx(folder.file('range-worked.xlsx'), [{ name: 'Periods', rows: WORKED }]);
    const report = reportOf(worked, '--range', 'all');
    const { inputs, metrics } = summarizeRange(rowsOf(report.periods));
    expect(report.range).toEqual({
      from: '2024-01',
      to: '2024-05',
      firstDay: '2024-01-01',
      lastDay: '2024-05-31',
      basis: 'periodRows',
      notes: ['periodsDoNotChain'],
      ...inputs,
      ...metrics,
      lostCustomers: null,
      retentionRate: null,
      simpleRetentionRate: null,
      churnRate: null,
    });
    const { stdout } = cli('report', worked, '--range', 'all');
    expect(stdout).toContain(
      "\nRange 2024-01..2024-05 (2024-01-01 to 2024-05-31): from the periods' rows: S of the first, the new customers of all, E of the last.\n" +
        "  Lost, CRR %, Simple % and Churn % are blank: the periods do not chain (a period's customers at start differ from the customers at end of the one before).\n\n",
    );
  });

  it('prints the range as the last row of the table, then what it is', () => {
    const { status, stdout } = cli('report', listFile(false), '--range', '2023-04..2024-09');
    expect(status).toBe(0);
    // After the last period, in the table's columns.
    expect(stdout).toMatch(/\n\d{4}-\d{2} [^\n]*\nRange {6}\d[^\n]*\nRange 2023-04\.\.2024-09 \(/);
    expect(stdout).toContain(
      '\nRange 2023-04..2024-09 (2023-04-01 to 2024-09-30): counted from the customer list as one period.\n\n',
    );
  });

  it('has no range by default for periods that are no months, quarters or years, and says so', () => {
    const own = writeText(
      folder.file('range-own.csv'),
      'Jakso;Alussa;Uudet;Lopussa\nKevät;700;250;760\nVuosi;760;250;1000\n',
    );
    expect(
      reportOf(
        own,
        '--map',
        'period=A',
        '--map',
        'customersAtStart=B',
        '--map',
        'newCustomers=C',
        '--map',
        'customersAtEnd=D',
      ).range,
    ).toBeNull();
  });

  it.each([
    ['2023-12..2024-03', '2023-12 is not one of the periods, which run from 2024-01 to 2024-03.'],
    ['2024-01..2024-Q1', '2024-Q1 is not one of the periods, which run from 2024-01 to 2024-03.'],
    ['2024-03..2024-01', '2024-03 comes after 2024-01; the periods run from 2024-01 to 2024-03.'],
    ['last-year', 'No period lies wholly within 2023-01-01 – 2023-12-31; the periods run from 2024-01 to 2024-03.'],
  ])('exits 1 for --range %s, naming the periods there are, and writes nothing', (range, problem) => {
    const out = folder.file('range-not-written.xlsx');
    const { status, stdout, stderr } = cli('report', table, '--range', range, '--out', out);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`error: range-table.csv: --range ${range}: ${problem}\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 for a preset over periods that are no months, quarters or years', () => {
    const own = writeText(folder.file('range-own-ttm.csv'), 'Jakso,S,N,E\nKevät,700,250,760\nVuosi,760,250,1000\n');
    const { status, stderr } = cli('report', own, '--range', 'this-year');
    expect(status).toBe(1);
    expect(stderr).toBe(
      'error: range-own-ttm.csv: --range this-year: The last period, "Vuosi", is not a month, quarter or year, so the range has no calendar to follow. Give --range FIRST..LAST with the periods\' labels, or --range all.\n',
    );
    expect(reportOf(own, '--range', 'Kevät..Vuosi').range).toMatchObject({
      from: 'Kevät',
      to: 'Vuosi',
      firstDay: null,
    });
  });

  it.each([['2024-01'], ['2024-01..'], ['..2024-03'], ['2024-01..2024-02..2024-03'], ['TTM']])(
    'exits 2 with the usage line for --range %s',
    (range) => {
      const { status, stderr } = cli('report', table, '--range', range);
      expect(status).toBe(2);
      expect(stderr).toBe(
        `error: --range must be FIRST..LAST (for example 2024-01..2024-12), ttm, this-year, last-year or all, not ${range}\n${USAGE}\n`,
      );
    },
  );
});
