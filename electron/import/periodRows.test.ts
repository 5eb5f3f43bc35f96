import { describe, expect, it } from 'vitest';
import { issueMessage } from '../../shared/i18n/issueMessage';
import { MAX_PERIODS, MAX_TEXT_LENGTH } from '../../shared/limits';
import type { SheetRow } from '../../shared/parse';
import { PitoError } from '../errors';
import { requestSchemas } from '../ipc/schemas';
import { periodTableDocument } from './buildDocument';
import { IssueLog } from './issueLog';
import { PeriodRowReader } from './periodRows';

const headers = ['Period', 'S', 'N', 'E'];
const columns = { period: 0, customersAtStart: 1, newCustomers: 2, customersAtEnd: 3 };

function reader(fileName = 'periods.csv'): PeriodRowReader {
  return new PeriodRowReader(columns, headers, false, new IssueLog(), fileName);
}

function rowOf(number: number, label: string): SheetRow {
  return { number, cells: [label, 100, 10, 100] };
}

function readAll(periods: PeriodRowReader, labels: readonly string[]): void {
  labels.forEach((label, index) => periods.read(rowOf(index + 2, label)));
}

function refusal(action: () => void): PitoError {
  try {
    action();
  } catch (error) {
    if (error instanceof PitoError) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

describe('period table limits', () => {
  it('saves the largest period table and the longest label it imports', () => {
    const periods = reader();
    const longest = 'x'.repeat(MAX_TEXT_LENGTH);
    readAll(periods, [longest, ...Array.from({ length: MAX_PERIODS - 1 }, (_, index) => `P${index}`)]);
    const rows = periods.finish();
    expect(rows).toHaveLength(MAX_PERIODS);
    expect(rows[0]?.label).toBe(longest);
    const document = periodTableDocument(rows, 'month', 'en');
    const saved = requestSchemas['document:save'].safeParse({ document, saveAs: false });
    expect(saved.error?.issues ?? []).toEqual([]);
    expect(requestSchemas['recovery:write'].safeParse({ document }).success).toBe(true);
  });

  it('refuses a label longer than a document holds, naming the row and never cutting it', () => {
    const error = refusal(() => readAll(reader('periods.csv'), ['2024-01', 'y'.repeat(MAX_TEXT_LENGTH + 1)]));
    expect(error).toMatchObject({ code: 'badFile', file: 'periods.csv', row: 3, column: 'Period' });
    expect(error.message).toBe(
      `periods.csv: row 3, column "Period": the period label "${'y'.repeat(79)}…" has ${MAX_TEXT_LENGTH + 1} characters; a label may have at most ${MAX_TEXT_LENGTH}.`,
    );
  });

  it('refuses a table of more periods than a document holds at the first row too many', () => {
    const labels = Array.from({ length: MAX_PERIODS + 1 }, (_, index) => `P${index}`);
    const error = refusal(() => readAll(reader(), labels));
    expect(error).toMatchObject({ code: 'badFile', row: MAX_PERIODS + 2 });
    expect(error.message).toBe(
      `periods.csv: row ${MAX_PERIODS + 2}, column "Period": the table has more than ${MAX_PERIODS} periods, the most one document holds.`,
    );
  });

  it('quotes at most 80 characters of a 10 MB value in an issue', () => {
    const log = new IssueLog();
    const huge = 'z'.repeat(10 * 1024 * 1024);
    const periods = new PeriodRowReader(columns, [huge, 'S', 'N', 'E'], false, log, 'huge.csv');
    periods.read({ number: 2, cells: ['2024-01', huge, 10, 100] });
    periods.read(rowOf(3, '2024-01'));
    expect(log.issues.length).toBeGreaterThan(0);
    for (const issue of log.issues) {
      expect(issue.message.length, issue.code).toBeLessThan(400);
      expect(JSON.stringify(issue.params).length, issue.code).toBeLessThan(400);
      expect(issue.column?.length ?? 0).toBeLessThanOrEqual(80);
    }
    expect(log.issues.find((issue) => issue.code === 'unreadableNumber')?.params?.value).toBe(`${'z'.repeat(79)}…`);
  });
});

describe('period table rows as a sequence', () => {
  const sequenceHeaders = ['Jakso', 'Alussa', 'Uudet', 'Lopussa'];

  /** The rows read from row 2 on, and the issues they raised. */
  function imported(rows: readonly (readonly [string, number, number, number])[]) {
    const log = new IssueLog();
    const periods = new PeriodRowReader(columns, sequenceHeaders, false, log, 'jaksot.csv');
    rows.forEach((cells, index) => periods.read({ number: index + 2, cells: [...cells] }));
    return { rows: periods.finish(), rejected: periods.rejected, issues: log.issues };
  }

  it('warns of labels without a year and rows that do not chain, in Finnish too, and imports every row', () => {
    // The table of issue 12, which imported with "no problems".
    const { rows, rejected, issues } = imported([
      ['Tammikuu', 500, 200, 600],
      ['Q4', 650, 300, 800],
      ['Kevät', 700, 250, 760],
      ['Vuosi', 900, 250, 131],
    ]);
    expect(rows.map((row) => [row.label, row.firstDay])).toEqual([
      ['Tammikuu', null],
      ['Q4', null],
      ['Kevät', null],
      ['Vuosi', null],
    ]);
    expect(rejected).toBe(0);
    expect(issues.map((issue) => [issue.severity, issue.code, issue.row, issue.column])).toEqual([
      ['warning', 'unreadablePeriodLabel', 2, 'Jakso'],
      ['warning', 'periodsDoNotChain', 3, 'Alussa'],
      ['warning', 'negativeRetained', 5, null],
    ]);
    // As the report panel shows them: the code's message in the UI language, filled from the params.
    const [label, chain] = issues.map((issue) => ({
      row: issue.row ?? '',
      column: issue.column ?? '',
      ...issue.params,
    }));
    expect(issueMessage('fi', 'unreadablePeriodLabel', label ?? {})).toBe(
      'Rivi 2: jakso "Tammikuu" sarakkeessa "Jakso" ei ole kuukausi, vuosineljännes eikä vuosi (esimerkiksi 2024-01, 2024-Q1 tai 2024), joten sen ensimmäistä ja viimeistä päivää ei tiedetä. Ensimmäinen tällainen nimi; rivit tuodaan, ja taulukossa korjattu nimi luetaan uudelleen.',
    );
    expect(issueMessage('fi', 'periodsDoNotChain', chain ?? {})).toBe(
      'Rivi 3: asiakkaita alussa 650 sarakkeessa "Alussa" ≠ rivin 2 asiakkaita lopussa 600 sarakkeessa "Lopussa": jakson pitäisi alkaa niillä asiakkailla, joihin edellinen päättyi, muuten menetettyjä asiakkaita, asiakaspitoastetta ja poistumaa jaksojen aikavälillä ei voi laskea. Ensimmäinen tällainen rivi.',
    );
    expect(issues[1]?.message).toBe(
      'Row 3: customers at start 650 in column "Alussa" ≠ customers at end 600 of row 2 in column "Lopussa": each period should start with the customers the one before it ended with, else lost customers, retention and churn over a range of periods cannot be worked out. The first such row.',
    );
  });

  it('raises nothing for a table of one kind, in order, that chains', () => {
    const { issues } = imported([
      ['2024-Q1', 120, 30, 140],
      ['2024-Q2', 140, 25, 150],
      ['2024-Q3', 150, 10, 145],
    ]);
    expect(issues).toEqual([]);
  });

  it('reports a chain broken twice once, at the first break', () => {
    const { issues } = imported([
      ['2024-01', 100, 10, 105],
      ['2024-02', 105, 10, 110],
      ['2024-03', 210, 10, 205],
      ['2024-04', 205, 10, 200],
      ['2024-05', 150, 10, 150],
    ]);
    expect(issues.map((issue) => [issue.code, issue.row, issue.params])).toEqual([
      [
        'periodsDoNotChain',
        4,
        { value: '210', previousRow: 3, previousValue: '110', previousColumn: 'Lopussa', row: 4, column: 'Alussa' },
      ],
    ]);
  });

  it('warns of a mix of months and quarters and of rows out of order, naming the labels', () => {
    const { issues } = imported([
      ['2024-02', 100, 10, 100],
      ['2024-01', 100, 10, 100],
      ['2024-Q2', 100, 10, 100],
    ]);
    expect(issues.map((issue) => issue.message)).toEqual([
      'Row 3: the period "2024-01" in column "Jakso" comes before "2024-02" on row 2: the rows are not in calendar order, and a range of periods takes them in their order. Sort them by period. The first such row.',
      'Row 4: the period "2024-Q2" in column "Jakso" is of another kind than "2024-02" on row 2: months, quarters and years mixed in one table do not follow one another. The first such row.',
    ]);
  });

  it('leaves a row rejected for its missing period out of the sequence', () => {
    const { issues } = imported([
      ['2024-01', 100, 10, 105],
      ['', 999, 0, 999],
      ['2024-02', 105, 10, 110],
    ]);
    expect(issues.map((issue) => [issue.code, issue.row])).toEqual([['missingPeriodLabel', 3]]);
  });
});
