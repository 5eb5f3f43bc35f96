/** The CLI end to end, as a child process on the built bundle (the vitest global setup builds it). */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { finnishDate, generateCustomers, trueMonths, trueQuarters } from '../../test/support/customerListGenerator';
import { tempFolder, writeText, writeXlsx } from '../../test/support/workbooks';

const folder = tempFolder('cli');
afterAll(() => folder.remove());

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

function reportOf(...args: string[]): {
  periodKind: string;
  periods: JsonPeriod[];
  cohorts: unknown[];
  import: Record<string, unknown>;
} {
  const { status, stdout, stderr } = cli('report', ...args, '--json');
  expect(stderr).toBe('');
  expect(status).toBe(0);
  return JSON.parse(stdout);
}

/** The worked examples of metrics.md, and its simple retention and NPS examples on a fifth row. */
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
    expect(report.import).toEqual({ rowsRead: 5, rowsUsed: 5, rowsRejected: 0, issues: [] });
    expectWorkedExamples(report.periods);
  });

  it('gives the worked examples from a period table in csv', () => {
    const text = WORKED.map((row) => row.map((cell) => cell ?? '').join(';')).join('\r\n');
    expectWorkedExamples(reportOf(writeText(folder.file('worked.csv'), text)).periods);
  });

  it('reads back its own workbook written with --out, whose totals row is skipped', async () => {
    const source = await writeXlsx(folder.file('source.xlsx'), [{ name: 'Periods', rows: WORKED }]);
    const out = folder.file('retention.xlsx');
    const written = cli('report', source, '--out', out);
    expect(written.status).toBe(0);
    expect(written.stdout).toContain(`Workbook written to ${out}`);
    const report = reportOf(out);
    expectWorkedExamples(report.periods);
    expect(report.import.issues).toMatchObject([{ code: 'formulaRowSkipped', severity: 'warning' }]);
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

  it('prints a readable table without --json', () => {
    const path = writeText(folder.file('small.csv'), 'Period,S,N,E\n2024-Q1,107,21,120\n');
    const { status, stdout } = cli('report', path);
    expect(status).toBe(0);
    expect(stdout).toContain('2024-Q1    107   21  120     8   92.5');
    expect(stdout).toContain('small.csv: 1 rows read, 1 used, 0 rejected.');
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
    [['export', 'x.csv'], 'unknown command export'],
    [['report'], 'report needs a file'],
    [['report', 'x.csv', '--period', 'week'], '--period must be month, quarter or year, not week'],
    [['report', 'x.csv', '--verbose'], 'unknown option --verbose'],
    [['report', 'x.csv', '--sheet'], '--sheet needs a value'],
  ])('exits 2 with the usage line for %j', (args, problem) => {
    const { status, stderr } = cli(...args);
    expect(status).toBe(2);
    expect(stderr).toBe(
      `error: ${problem}\nusage: npm run -s cli -- report <file.xlsx|file.csv> [--period month|quarter|year] [--sheet NAME] [--out retention.xlsx] [--json]\n`,
    );
  });
});
