import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DERIVED_FIELDS, INPUT_FIELDS } from '../../shared/document';
import { translate } from '../../shared/i18n';
import { sampleCustomers, sampleDocument } from '../../test/libreoffice/sampleDocuments';
import { loadWorkbook } from '../../test/libreoffice/workbookCells';
import { aggregateCustomers } from '../../shared/aggregate/index';
import { customer } from '../../shared/aggregate/testCustomers';
import { createEmptyDocument, defaultSettings } from '../../shared/document';
import { FIRST_PERIOD_ROW, cellOf } from './periodsLayout';
import { readRetentionWorkbook } from './readWorkbook';
import { writeRetentionWorkbook } from './writeWorkbook';

const folder = mkdtempSync(join(tmpdir(), 'pito-sheets-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the exported sheets', () => {
  it('are named in the document’s language, with the data sheet hidden and Definitions complete', async () => {
    const path = join(folder, 'fi.xlsx');
    await writeRetentionWorkbook(path, sampleDocument('month', 'fi'), sampleCustomers(3));
    const workbook = await loadWorkbook(path);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['Jaksot', 'visible'],
      ['Yhteenveto', 'visible'],
      ['Kohortit', 'visible'],
      ['Asiakkaat', 'visible'],
      ['Määritelmät', 'visible'],
      ['PitoData', 'hidden'],
    ]);
    const definitions = new Set<unknown>();
    workbook.getWorksheet('Määritelmät')?.eachRow((row) => row.eachCell((cell) => definitions.add(cell.value)));
    for (const field of [...INPUT_FIELDS, ...DERIVED_FIELDS]) {
      expect(definitions).toContain(translate('fi', `metric.${field}.definition`));
    }
    expect(definitions).toContain(translate('fi', 'aggregate.clvDefaults.lifespanYears'));
    expect(workbook.getWorksheet('Jaksot')?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const periods = workbook.getWorksheet('Jaksot');
    expect(periods?.getCell(cellOf('retentionRate', 2)).numFmt).toBe('0.0%');
    expect(periods?.getCell(cellOf('avgPurchaseValue', 2)).numFmt).toBe('#,##0.00 "€"');
  });

  it('leave the whole-range row blank where the rows do not chain, and a list’s NPS never summed', async () => {
    const document = sampleDocument('month', 'en', 3);
    // Break the chain at the second period, and mark the rows a customer list's.
    const periods = document.periods.map((row, p) => ({
      ...row,
      aggregated: true,
      ...(p === 1 && { customersAtStart: (row.customersAtStart ?? 0) + 5 }),
    }));
    const path = join(folder, 'unchained.xlsx');
    await writeRetentionWorkbook(path, { ...document, periods }, null);
    const sheet = (await loadWorkbook(path)).getWorksheet('Periods');
    const totals = FIRST_PERIOD_ROW + periods.length;
    for (const field of ['retentionRate', 'lostCustomers', 'promoters', 'nps'] as const) {
      expect(sheet?.getCell(cellOf(field, totals)).value ?? null, field).toBeNull();
    }
    expect(sheet?.getCell(cellOf('newCustomers', totals)).value).toMatchObject({ formula: expect.any(String) });
  });

  it('cover the chosen summary range: a list’s counted from the list, a table’s by formulas over its rows', async () => {
    // 18 months; the trailing twelve (2023-07..2024-06) counted by hand: S 3, N 5, E 4, R 1.
    const list = [
      customer('2023-01-15'),
      customer('2023-02-10', '2023-09-05'),
      customer('2023-05-01', '2024-03-20'),
      customer('2023-08-12'),
      customer('2023-11-03', '2024-01-10'),
      customer('2024-02-14'),
      customer('2024-04-01', '2024-05-30'),
      customer('2024-06-10'),
    ];
    const { periods } = aggregateCustomers(list, 'month');
    const document = { ...createEmptyDocument(defaultSettings('en')), periods, source: 'customerList' as const };
    const path = join(folder, 'range-list.xlsx');
    await writeRetentionWorkbook(path, document, list);
    const workbook = await loadWorkbook(path);
    const sheet = workbook.getWorksheet('Periods');
    const row = FIRST_PERIOD_ROW + periods.length;
    const value = (field: (typeof INPUT_FIELDS)[number]) => sheet?.getCell(cellOf(field, row)).value;
    expect([
      value('customersAtStart'),
      value('newCustomers'),
      value('customersAtEnd'),
      value('customersRetained'),
    ]).toEqual([3, 5, 4, 1]);
    expect(sheet?.getCell(cellOf('label', row)).value).toBe('Summary range');
    expect(sheet?.getCell(cellOf('exactRetentionRate', row)).value).toMatchObject({
      formula: `IF(OR(B${row}="",E${row}="",B${row}=0),"",E${row}/B${row})`,
      result: expect.closeTo(1 / 3, 12),
    });
    expect(workbook.getWorksheet('Summary')?.getCell('C1').value).toBe('Trailing twelve months (2023-07 – 2024-06)');

    // A table over chosen periods: formulas over those rows only.
    const table = {
      ...document,
      periods: periods.map((period) => ({ ...period, aggregated: false, customersRetained: null })),
      settings: { ...document.settings, language: 'fi' as const, range: { first: '2024-02', last: '2024-04' } },
    };
    const tablePath = join(folder, 'range-table.xlsx');
    await writeRetentionWorkbook(tablePath, table, null);
    const jaksot = (await loadWorkbook(tablePath)).getWorksheet('Jaksot');
    const [first, last] = [FIRST_PERIOD_ROW + 13, FIRST_PERIOD_ROW + 15]; // 2024-02 and 2024-04
    expect(jaksot?.getCell(cellOf('label', first)).value).toBe('2024-02');
    expect(jaksot?.getCell(cellOf('newCustomers', row)).value).toMatchObject({
      formula: `IF(COUNT(C${first}:C${last})<ROWS(C${first}:C${last}),"",SUM(C${first}:C${last}))`,
      result: 2,
    });
    const opened = await readRetentionWorkbook(tablePath);
    expect(opened.document.settings.range).toEqual({ first: '2024-02', last: '2024-04' });
    expect(opened.document.periods).toHaveLength(periods.length);
  });
});
