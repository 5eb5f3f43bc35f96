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
      'Rivi 2: jakso "Tammikuu" sarakkeessa "Jakso" ei nimeä kalenterin kuukautta, vuosineljännestä eikä vuotta (esimerkiksi 2024-01, tammikuu 2024, 2024-Q1 tai 2024: nimi ilman vuotta, kuten "tammikuu" tai "Q4", ei riitä), joten sen ensimmäistä ja viimeistä päivää ei tiedetä. Ensimmäinen tällainen nimi; rivit tuodaan, ja taulukossa korjattu nimi luetaan uudelleen.',
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

describe('period labels written otherwise than Pito writes them', () => {
  /** The rows read from row 2 on, the first cell the label, and the issues they raised. */
  function imported(headers: readonly string[], rows: readonly (readonly (string | number | null)[])[]) {
    const log = new IssueLog();
    const periods = new PeriodRowReader(columns, headers, false, log, 'periods.csv');
    rows.forEach((cells, index) => periods.read({ number: index + 2, cells: [...cells] }));
    return { rows: periods.finish(), issues: log.issues };
  }

  it("saves each as Pito's label with its days, and says once which label was read as which", () => {
    const { rows, issues } = imported(
      ['Kuukausi', 'Alussa', 'Uudet', 'Lopussa'],
      [
        ['Tammikuu 2024', 100, 10, 105],
        ['helmi 2024', 105, 10, 110],
        ['Maaliskuun 2024', 110, 10, 115],
      ],
    );
    expect(rows.map((row) => [row.label, row.firstDay, row.lastDay])).toEqual([
      ['2024-01', '2024-01-01', '2024-01-31'],
      ['2024-02', '2024-02-01', '2024-02-29'],
      ['2024-03', '2024-03-01', '2024-03-31'],
    ]);
    expect(issues.map((issue) => [issue.severity, issue.code, issue.row, issue.column, issue.params])).toEqual([
      [
        'warning',
        'periodLabelsRead',
        2,
        'Kuukausi',
        { value: 'Tammikuu 2024', readAs: '2024-01', count: 3, row: 2, column: 'Kuukausi' },
      ],
    ]);
    expect(issues[0]?.message).toBe(
      'Row 2: "Tammikuu 2024" in column "Kuukausi" is read as the period 2024-01. Labels written otherwise than Pito writes periods (2024-01, 2024-Q1, 2024) are read as the period they name and saved so, 3 labels in this table; check that they name the periods meant. The first such label.',
    );
    expect(issueMessage('fi', 'periodLabelsRead', { row: 2, column: 'Kuukausi', ...issues[0]?.params })).toBe(
      'Rivi 2: "Tammikuu 2024" sarakkeessa "Kuukausi" luetaan jaksoksi 2024-01. Muuten kuin Pito jaksot kirjoittaa (2024-01, 2024-Q1, 2024) kirjoitetut nimet luetaan jaksoiksi, jotka ne nimeävät, ja tallennetaan niin, tässä taulukossa 3 nimeä; tarkista, että ne nimeävät tarkoitetut jaksot. Ensimmäinen tällainen nimi.',
    );
  });

  it("keeps Pito's own labels as written and counts only the others", () => {
    const { rows, issues } = imported(headers, [
      ['2023-Q4', 100, 10, 100],
      ['Q1 2024', 100, 10, 100],
      ['2024-Q2', 100, 10, 100],
    ]);
    expect(rows.map((row) => row.label)).toEqual(['2023-Q4', '2024-Q1', '2024-Q2']);
    expect(issues.map((issue) => [issue.code, issue.row, issue.params?.count])).toEqual([['periodLabelsRead', 3, 1]]);
  });

  it('says so when a year has two digits, once', () => {
    const { rows, issues } = imported(headers, [
      ['Dec-23', 100, 10, 100],
      ['Jan-24', 100, 10, 100],
    ]);
    expect(rows.map((row) => row.label)).toEqual(['2023-12', '2024-01']);
    expect(issues.map((issue) => [issue.code, issue.row])).toEqual([
      ['periodLabelsRead', 2],
      ['twoDigitPeriodYear', 2],
    ]);
    expect(issues[1]?.message).toBe(
      'Row 2: the period "Dec-23" in column "Period" has a two-digit year, read as 2023 (2023-12): as in Excel, 00–29 are read as 2000–2029 and 30–99 as 1930–1999. If another century is meant, correct the labels. The first such label.',
    );
  });

  it('checks the sequence by the periods read, quoting the labels as the file writes them', () => {
    const { issues } = imported(headers, [
      ['Feb 2024', 100, 10, 100],
      ['Jan 2024', 100, 10, 100],
      ['Q1 2024', 100, 10, 100],
      ['2024-02', 100, 10, 100],
    ]);
    expect(issues.map((issue) => [issue.code, issue.row, issue.params?.value])).toEqual([
      ['periodLabelsRead', 2, 'Feb 2024'],
      ['periodsOutOfOrder', 3, 'Jan 2024'],
      ['mixedPeriodKinds', 4, 'Q1 2024'],
      ['duplicatePeriodLabel', 5, '2024-02'],
    ]);
  });

  it('leaves dates, labels without a year and number cells as they are, unread', () => {
    const { rows, issues } = imported(headers, [
      ['1/2/2024', 100, 10, 100],
      ['Tammikuu', 100, 10, 100],
      [1.2024, 100, 10, 100],
    ]);
    expect(rows.map((row) => [row.label, row.firstDay])).toEqual([
      ['1/2/2024', null],
      ['Tammikuu', null],
      ['1.2024', null],
    ]);
    expect(issues.map((issue) => [issue.code, issue.row])).toEqual([['unreadablePeriodLabel', 2]]);
  });
});

describe("a period table's own lost customers", () => {
  const lostHeaders = ['Kuukausi', 'Alussa', 'Uudet', 'Menetetyt', 'Lopussa'];
  const lostColumns = { period: 0, customersAtStart: 1, newCustomers: 2, customersAtEnd: 4 };

  function imported(rows: readonly (readonly (string | number | null)[])[]) {
    const log = new IssueLog();
    const periods = new PeriodRowReader(lostColumns, lostHeaders, false, log, 'jaksot.csv', 3);
    rows.forEach((cells, index) => periods.read({ number: index + 2, cells: [...cells] }));
    return { rows: periods.finish(), issues: log.issues };
  }

  it('raises nothing when the column agrees with S + N − E, and reads no figure from it', () => {
    const { rows, issues } = imported([
      ['2024-01', 107, 21, 8, 120],
      ['2024-02', 120, 10, 30, 100],
      ['2024-03', 100, 0, null, 85], // a blank is no figure to compare
    ]);
    expect(issues).toEqual([]);
    expect(rows.map((row) => [row.customersAtStart, row.newCustomers, row.customersAtEnd])).toEqual([
      [107, 21, 120],
      [120, 10, 100],
      [100, 0, 85],
    ]);
  });

  it('warns once at the first row that differs, with its figures and how many rows differ', () => {
    const { rows, issues } = imported([
      ['2024-01', 107, 21, 8, 120],
      ['2024-02', 120, 10, 25, 100],
      ['2024-03', 100, 5, 20, 85],
      ['2024-04', 85, 15, 99, 90],
    ]);
    expect(issues.map((issue) => [issue.severity, issue.code, issue.row, issue.column, issue.params])).toEqual([
      [
        'warning',
        'lostDiffersFromFlow',
        3,
        'Menetetyt',
        { value: 25, flow: 30, start: 120, added: 10, end: 100, count: 2, row: 3, column: 'Menetetyt' },
      ],
    ]);
    expect(issues[0]?.message).toBe(
      'Row 3: lost customers 25 in column "Menetetyt" ≠ S + N − E = 120 + 10 − 100 = 30 (2 rows differ so): the table\'s customers at start, new customers, customers at end and lost customers cannot all be right. Pito works out lost customers, retention and churn from S, N and E and reads this column only to compare; check which figures are wrong. The first such row.',
    );
    expect(issueMessage('fi', 'lostDiffersFromFlow', { row: 3, column: 'Menetetyt', ...issues[0]?.params })).toBe(
      'Rivi 3: menetetyt asiakkaat 25 sarakkeessa "Menetetyt" ≠ S + N − E = 120 + 10 − 100 = 30 (2 riviä eroaa näin): taulukon alun asiakkaat, uudet asiakkaat, lopun asiakkaat ja menetetyt asiakkaat eivät voi kaikki pitää paikkaansa. Pito laskee menetetyt asiakkaat, asiakaspitoasteen ja poistuman S:stä, N:stä ja E:stä ja lukee tämän sarakkeen vain verratakseen; tarkista, mitkä luvut ovat väärin. Ensimmäinen tällainen rivi.',
    );
    // The rows keep the table's S, N and E: Pito works lost customers out from them.
    expect(rows[1]).toMatchObject({ customersAtStart: 120, newCustomers: 10, customersAtEnd: 100 });
  });

  it('compares nothing without a lost column', () => {
    const log = new IssueLog();
    const periods = new PeriodRowReader(lostColumns, lostHeaders, false, log, 'jaksot.csv');
    periods.read({ number: 2, cells: ['2024-01', 100, 10, 999, 100] });
    expect(log.issues).toEqual([]);
  });
});
