import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DERIVED_FIELDS, INPUT_FIELDS } from '../../shared/document';
import { translate } from '../../shared/i18n';
import { sampleCustomers, sampleDocument } from '../../test/libreoffice/sampleDocuments';
import { loadWorkbook } from '../../test/libreoffice/workbookCells';
import { FIRST_PERIOD_ROW, cellOf } from './periodsLayout';
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
});
