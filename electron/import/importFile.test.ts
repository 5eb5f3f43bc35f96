import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder, writeText, writeXlsx } from '../../test/support/workbooks';
import { importWithDetectedMapping } from '../../test/support/importDetected';
import { previewImport } from './importFile';

const folder = tempFolder('import');
afterAll(() => folder.remove());

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

describe('a customer list', () => {
  it('imports an English workbook with date cells, formulas and rich text', async () => {
    const path = await writeXlsx(folder.file('customers.xlsx'), [
      {
        name: 'Customers',
        rows: [
          ['Customer ID', 'Signup date', 'Churn date', 'Orders', 'Revenue', 'NPS', 'Segment'],
          ['C1', utc(2024, 1, 31), null, 3, 120.5, 9, { richText: [{ text: 'Re' }, { text: 'tail' }] }],
          ['C2', utc(2024, 2, 1), utc(2024, 2, 29), { formula: '1+1', result: 2 }, 80, 6, 'Retail'],
          ['C3', utc(2024, 3, 1), null, 1, 10, 7, 'B2B'],
        ],
      },
    ]);
    const result = await importWithDetectedMapping(path, { sheet: null, periodKind: 'month' });
    expect(result.preview.sheet).toBe('Customers');
    // The preview hands the cells over as the file holds them; the mapping step shows a date column as dates.
    expect(result.preview.previewRows[0]?.slice(0, 2)).toEqual(['C1', 45322]);
    expect(result.report).toMatchObject({ rowsRead: 3, rowsUsed: 3, rowsRejected: 0, issues: [] });
    expect(result.customers?.map((c) => [c.id, c.purchases, c.segment])).toEqual([
      ['C1', 3, 'Retail'],
      ['C2', 2, 'Retail'],
      ['C3', 1, 'B2B'],
    ]);
    const rows = result.document.periods.map((p) => [p.label, p.customersAtStart, p.newCustomers, p.customersAtEnd]);
    expect(rows).toEqual([
      ['2024-01', 0, 1, 1],
      ['2024-02', 1, 1, 1],
      ['2024-03', 1, 1, 2],
    ]);
    expect(result.document.source).toBe('customerList');
  });

  it('imports a Finnish CSV with d.m.yyyy dates, decimal commas and a report of bad rows', async () => {
    const path = writeText(
      folder.file('asiakkaat.csv'),
      '\ufeffAsiakasnumero;Aloituspäivä;Päättymispäivä;Liikevaihto;Suositteluhalukkuus\n' +
        '1;1.1.2024;;1 200,50 €;10\n' +
        '2;15.1.2024;2.2.2024;80,00;11\n' +
        '1;huomenna;;5;5\n' +
        '4;1.3.2024;1.2.2024;;\n' +
        '5;;;;\n' +
        '6;2.3.2024;;abc;7,5\n',
    );
    const result = await importWithDetectedMapping(path, { sheet: null, periodKind: 'month' });
    expect(result.report).toMatchObject({ rowsRead: 6, rowsUsed: 3, rowsRejected: 3 });
    expect(result.report.issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      // Revenue without purchases: no average purchase can be worked out.
      ['revenueWithoutPurchases', 1, null],
      // Columns whose values partly fail to read are read, with a word to check them.
      ['uncertainColumn', 1, 'Liikevaihto'],
      ['uncertainColumn', 1, 'Suositteluhalukkuus'],
      ['npsOutOfRange', 3, 'Suositteluhalukkuus'],
      ['unreadableStartDate', 4, 'Aloituspäivä'],
      ['endBeforeStart', 5, 'Päättymispäivä'],
      ['missingStartDate', 6, 'Aloituspäivä'],
      ['unreadableNumber', 7, 'Liikevaihto'],
      ['npsNotWhole', 7, 'Suositteluhalukkuus'],
    ]);
    expect(result.report.issues[4]?.message).toBe(
      'Row 4: "huomenna" in column "Aloituspäivä" is not a date (expected for example 2024-02-01 or 1.2.2024); the row is not counted.',
    );
    expect(result.customers?.[0]).toMatchObject({ id: '1', revenue: 1200.5, npsScore: 10 });
  });

  it('warns about duplicate customer IDs and keeps both rows', async () => {
    const path = writeText(folder.file('dupes.csv'), 'id,start\nA,2024-01-01\nA,2024-01-05\n');
    const result = await importWithDetectedMapping(path, { sheet: null, periodKind: 'month' });
    expect(result.report.rowsUsed).toBe(2);
    expect(result.report.issues).toMatchObject([
      { code: 'noEndDateColumn', severity: 'warning', row: 1, column: null },
      { code: 'duplicateId', severity: 'warning', row: 3, column: 'id', params: { value: 'A', firstRow: 2 } },
    ]);
  });
});

describe('a period table', () => {
  it('names its columns of numbers that no field reads, once', async () => {
    const path = await writeXlsx(folder.file('unused.xlsx'), [
      {
        name: 'Jaksot',
        rows: [
          ['Kuukausi', 'Asiakkaat alussa', 'Uudet asiakkaat', 'Lähteneet', 'Asiakkaat lopussa', 'Liikevaihto €'],
          ['2024-01', 100, 10, 5, 105, 5200.5],
          ['2024-02', 105, 8, 30, 90, 4800],
        ],
      },
    ]);
    const result = await importWithDetectedMapping(path, { sheet: null, periodKind: 'month' });
    const unused = result.report.issues.filter((issue) => issue.code === 'unusedNumberColumns');
    expect(unused).toHaveLength(1);
    expect(unused[0]?.params).toMatchObject({ columns: '"Lähteneet", "Liikevaihto €"' });
    expect(unused[0]?.message).toMatch(/^Row 1: these columns of numbers are not read: "Lähteneet", "Liikevaihto €"\./);
  });

  const table = [
    ['Jakso', 'Asiakkaat alussa', 'Uudet asiakkaat', 'Asiakkaat lopussa', 'Kate %'],
    ['2024-01', 107, 21, 120, 0.25],
    ['2024-02', 1000, 200, 900, 0.3],
  ];

  it('reads the inputs with the labels as written, margins formatted as percent read 0-100', async () => {
    const path = await writeXlsx(folder.file('periods.xlsx'), [
      { name: 'Notes', rows: [['just notes']] },
      { name: 'Jaksot', rows: table },
    ]);
    const result = await importWithDetectedMapping(path, { sheet: null, periodKind: 'quarter' });
    expect(result.preview.sheet).toBe('Jaksot');
    expect(result.document.source).toBe('periodTable');
    expect(result.document.cohorts).toBeNull();
    expect(result.document.settings.periodKind).toBe('month');
    expect(
      result.document.periods.map((p) => [p.label, p.firstDay, p.lastDay, p.customersAtStart, p.profitMarginPct]),
    ).toEqual([
      ['2024-01', '2024-01-01', '2024-01-31', 107, 25],
      ['2024-02', '2024-02-01', '2024-02-29', 1000, 30],
    ]);
    expect(result.customers).toBeNull();
  });

  it('keeps labels Pito cannot read, reports row checks and honours --sheet', async () => {
    const path = await writeXlsx(folder.file('own-labels.xlsx'), [
      { name: 'A', rows: table },
      {
        name: 'B',
        rows: [
          ['Period', 'S', 'N', 'E'],
          ['Spring', 10, 5, 20],
          ['Summer', -1, 0.5, 0],
        ],
      },
    ]);
    const result = await importWithDetectedMapping(path, { sheet: 'B', periodKind: 'month' });
    expect(result.document.periods.map((p) => [p.label, p.firstDay])).toEqual([
      ['Spring', null],
      ['Summer', null],
    ]);
    expect(result.report.issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ['uncertainColumn', 1, 'S'],
      ['uncertainColumn', 1, 'N'],
      ['retainedExceedsStart', 2, null],
      ['unreadablePeriodLabel', 2, 'Period'], // "Spring": no month, quarter or year
      ['negativeCount', 3, 'S'],
      ['fractionalCount', 3, 'N'],
      ['retainedExceedsStart', 3, null],
      ['negativeRetained', 3, null],
      ['periodsDoNotChain', 3, 'S'], // S −1 of row 3 is not E 20 of row 2
    ]);
  });
});

describe('a period table labelled in its own words', () => {
  it("imports Finnish month names as Pito's months, and warns of lost customers that contradict S + N − E", async () => {
    const path = writeText(
      folder.file('kuukaudet.csv'),
      'Kuukausi;Asiakkaat alussa;Uudet asiakkaat;Menetetyt asiakkaat;Asiakkaat lopussa\n' +
        'Tammikuu 2024;100;10;5;105\n' +
        'Helmikuu 2024;105;8;30;90\n' +
        'maaliskuu 2024;90;12;2;100\n' +
        'Huhtikuu 2024;100;5;4;100\n',
    );
    const result = await importWithDetectedMapping(path, { sheet: null, periodKind: 'quarter' });
    expect(result.document.periods.map((p) => [p.label, p.firstDay, p.lastDay])).toEqual([
      ['2024-01', '2024-01-01', '2024-01-31'],
      ['2024-02', '2024-02-01', '2024-02-29'],
      ['2024-03', '2024-03-01', '2024-03-31'],
      ['2024-04', '2024-04-01', '2024-04-30'],
    ]);
    // Every label is a month now, so the document's periods are months whatever kind was asked for.
    expect(result.document.settings.periodKind).toBe('month');
    const issues = result.report.issues.filter((issue) => issue.code !== 'unusedNumberColumns');
    expect(issues.map((issue) => [issue.code, issue.row, issue.column, issue.params?.count])).toEqual([
      ['periodLabelsRead', 2, 'Kuukausi', 4],
      // 105 + 8 − 90 = 23, not 30; 90 + 12 − 100 = 2 agrees; 100 + 5 − 100 = 5, not 4.
      ['lostDiffersFromFlow', 3, 'Menetetyt asiakkaat', 2],
    ]);
    expect(issues[1]?.params).toMatchObject({ value: 30, flow: 23 });
  });

  it('raises nothing more for English month names and a lost column that agrees', async () => {
    const path = await writeXlsx(folder.file('months.xlsx'), [
      {
        name: 'Periods',
        rows: [
          ['Month', 'Customers at start', 'New customers', 'Lost customers', 'Customers at end'],
          ['Jan 2024', 107, 21, 8, 120],
          ['Feb 2024', 120, 10, 30, 100],
        ],
      },
    ]);
    const result = await importWithDetectedMapping(path, { sheet: null, periodKind: 'month' });
    expect(result.document.periods.map((p) => p.label)).toEqual(['2024-01', '2024-02']);
    expect(result.report.issues.map((issue) => issue.code)).toEqual(['unusedNumberColumns', 'periodLabelsRead']);
  });
});

describe('the preview', () => {
  it('finds the header below a title and lists the sheets', async () => {
    const path = await writeXlsx(folder.file('titled.xlsx'), [
      { name: 'Raportti', rows: [['Asiakasrekisteri'], [], ['Asiakas', 'Alkupvm'], ['A', utc(2024, 5, 6)]] },
    ]);
    const preview = await previewImport(path, null);
    expect(preview).toMatchObject({
      sheets: ['Raportti'],
      sheet: 'Raportti',
      headerRow: 3,
      headers: ['Asiakas', 'Alkupvm'],
      mapping: { shape: 'customerList', columns: { customerId: 0, startDate: 1 } },
      headerFound: true,
      confidence: { customerId: 1, startDate: 0.9 }, // "Asiakas" is Pito's own Finnish name for the customer
      previewRows: [['A', 45418]],
    });
    expect(preview.profiles.map((profile) => profile.kind)).toEqual(['text', 'date']);
  });
});

describe('the date order', () => {
  const header = 'Customer,Joined,Cancelled\n';
  /** Rows whose dates read both ways: days and months 1-12. */
  const ambiguousRows = (count: number) =>
    Array.from({ length: count }, (_, i) => `C${i},0${(i % 9) + 1}/1${i % 3}/2024,\n`).join('');

  it('reads a US file month first and a UK file day first, each from the values, and says so', async () => {
    const us = writeText(folder.file('us.csv'), `${header}A,01/13/2024,02/01/2024\nB,02/01/2024,\n`);
    const usResult = await importWithDetectedMapping(us, { sheet: null, periodKind: 'month' });
    expect(usResult.customers?.map((c) => [c.start, c.end])).toEqual([
      [19735, 19754], // 2024-01-13, 2024-02-01
      [19754, null],
    ]);
    expect(usResult.report.dateOrder).toEqual({
      order: 'monthFirst',
      basis: 'values',
      evidence: { row: 2, column: 'Joined', value: '01/13/2024' },
    });
    const uk = writeText(folder.file('uk.csv'), `${header}A,13/01/2024,01/02/2024\nB,01/02/2024,\n`);
    const ukResult = await importWithDetectedMapping(uk, { sheet: null, periodKind: 'month' });
    expect(ukResult.customers?.map((c) => [c.start, c.end])).toEqual(usResult.customers?.map((c) => [c.start, c.end]));
    expect(ukResult.report.dateOrder.order).toBe('dayFirst');
  });

  it('warns when nothing in the file tells the order', async () => {
    const path = writeText(folder.file('ambiguous.csv'), `${header}${ambiguousRows(3)}`);
    const result = await importWithDetectedMapping(path, { sheet: null, periodKind: 'month' });
    expect(result.report.dateOrder.basis).toBe('assumed');
    // English headers: read month first, as a US export writes them.
    expect(result.report.issues.find((issue) => issue.code === 'monthFirstAssumed')).toMatchObject({
      row: 2,
      column: 'Joined',
      params: { value: '01/10/2024', readAs: '2024-01-10' },
    });
  });

  it('stops at a date further down that the order decided from the first rows cannot read', async () => {
    const path = writeText(folder.file('late.csv'), `${header}${ambiguousRows(600)}Z,31/12/2024,\n`);
    await expect(importWithDetectedMapping(path, { sheet: null, periodKind: 'month' })).rejects.toThrow(
      'late.csv: row 602 of column "Joined" has "31/12/2024", which only day first reads, but the dates were being read month first. Choose day first and import again.',
    );
  });

  it('stops at a date that contradicts the value that decided the order: the file is written both ways', async () => {
    const path = writeText(folder.file('mixed.csv'), `${header}A,13/01/2024,\n${ambiguousRows(600)}Z,01/13/2024,\n`);
    await expect(importWithDetectedMapping(path, { sheet: null, periodKind: 'month' })).rejects.toThrow(
      'mixed.csv: the dates are written both ways: row 2 of column "Joined" has "13/01/2024", which only day first reads, and row 603 of column "Joined" has "01/13/2024", which only month first reads. Write the dates one way and import again.',
    );
  });
});

describe('damage the rows cannot show', () => {
  it('warns when the last line has fewer fields and no line break: the file may be cut short', async () => {
    const path = writeText(folder.file('cut.csv'), 'Customer;Start date;End date\nA;1.1.2024;2.2.2024\nB;3.1.2024');
    const result = await importWithDetectedMapping(path, { sheet: null, periodKind: 'month' });
    expect(result.report.issues).toContainEqual(expect.objectContaining({ code: 'lastRowCutShort', row: 3 }));
  });

  it('warns when the header holds a value: a row may have been joined with it', async () => {
    const path = writeText(folder.file('joined.csv'), 'Customer;Start dateA1;1.1.2024;End date\nB;3.1.2024;\n');
    const result = await importWithDetectedMapping(path, { sheet: null, periodKind: 'month' });
    expect(result.report.issues).toContainEqual(
      expect.objectContaining({
        code: 'headerHoldsData',
        row: 1,
        column: '1.1.2024',
        params: expect.objectContaining({ value: '1.1.2024' }),
      }),
    );
  });
});

describe('rows above the header', () => {
  it('are named when they hold values like data, and a title block is not', async () => {
    const path = writeText(
      folder.file('above.csv'),
      'Asiakasrekisteri 2024\nA9;5.1.2024;\nCustomer;Start date;End date\nA1;1.1.2024;\nA2;2.1.2024;\n',
    );
    const result = await importWithDetectedMapping(path, { sheet: null, periodKind: 'month' });
    expect(result.report.issues.filter((issue) => issue.code === 'rowAboveHeader')).toMatchObject([
      { row: 2, params: { headerRow: 3, values: 2 } },
    ]);
  });
});

describe('rows wider than the header', () => {
  it('are named once, at the first: two lines joined into one look so', async () => {
    const path = writeText(
      folder.file('joined-lines.csv'),
      'Customer;Start date;End date\nA;1.1.2024;;B;2.1.2024;\nC;3.1.2024;\n',
    );
    const result = await importWithDetectedMapping(path, { sheet: null, periodKind: 'month' });
    expect(result.report.issues.filter((issue) => issue.code === 'rowWiderThanHeader')).toMatchObject([
      { row: 2, params: { columns: 3 } },
    ]);
  });
});
