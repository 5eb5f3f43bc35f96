import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleCustomers, sampleDocument } from '../../test/libreoffice/sampleDocuments';
import { editXlsx } from '../../test/support/workbooks';
import { buildZip } from '../../test/support/zipWriter';
import { ZipArchive } from '../xlsx/zipArchive';
import { translate } from '../../shared/i18n';
import { PitoError } from '../errors';
import { periodsColumn } from './periodsLayout';
import { readRetentionWorkbook } from './readWorkbook';
import { writeRetentionWorkbook } from './writeWorkbook';

const folder = mkdtempSync(join(tmpdir(), 'pito-open-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const editInSpreadsheet = (path: string, edit: (periods: ExcelJS.Worksheet) => void) => editXlsx(path, 'Periods', edit);

describe('opening a workbook edited in another program', () => {
  it('takes changed inputs, added rows and deleted rows, and ignores stale cached results', async () => {
    const document = sampleDocument('month', 'en', 4);
    const path = join(folder, 'edited.xlsx');
    await writeRetentionWorkbook(path, document, null);
    const column = (field: Parameters<typeof periodsColumn>[0]) => periodsColumn(field).index;
    await editInSpreadsheet(path, (sheet) => {
      sheet.getRow(2).getCell(column('customersAtEnd')).value = 111; // an input changed
      sheet.getRow(2).getCell(column('profitMarginPct')).value = 0.4; // typed as 40 %
      sheet.getRow(2).getCell(column('retentionRate')).value = { formula: 'B2', result: 0.123 }; // a stale result
      sheet.spliceRows(4, 1); // the third period deleted
      const added = sheet.insertRow(5, []); // a new period before the whole-range row
      added.getCell(column('label')).value = '2024-03';
      added.getCell(column('customersAtStart')).value = 50;
      added.getCell(column('newCustomers')).value = 5;
      added.getCell(column('customersAtEnd')).value = 52;
    });

    const { document: opened } = await readRetentionWorkbook(path);
    const [first, second, third, fourth] = document.periods;
    expect(opened.periods.map((row) => row.label)).toEqual([first?.label, second?.label, fourth?.label, '2024-03']);
    expect(opened.periods[0]).toEqual({ ...first, customersAtEnd: 111, profitMarginPct: 40 });
    expect(opened.periods[1]).toEqual(second);
    expect(opened.periods[2]).toEqual(fourth);
    const added = opened.periods[3];
    expect(added?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(added).toMatchObject({ firstDay: '2024-03-01', lastDay: '2024-03-31', customersAtStart: 50 });
    expect(added?.avgPurchaseValue).toBeNull();
    expect(third && opened.periods.some((row) => row.id === third.id)).toBe(false);
  });

  it('names the file, row and column of an input that is not a number', async () => {
    const path = join(folder, 'text-input.xlsx');
    await writeRetentionWorkbook(path, sampleDocument('quarter', 'en', 2), null);
    await editInSpreadsheet(path, (sheet) => {
      sheet.getRow(3).getCell(periodsColumn('newCustomers').index).value = 'twelve';
    });
    await expect(readRetentionWorkbook(path)).rejects.toMatchObject({
      code: 'badFile',
      row: 3,
      column: 'New customers',
      message: expect.stringContaining('text-input.xlsx: sheet "Periods", row 3, column "New customers"'),
      reason: { key: 'documentError.cell.notANumber', params: { value: 'twelve' } },
    });
  });
});

describe('opening a file that is not a Pito workbook', () => {
  it('suggests Import for an ordinary workbook', async () => {
    const path = join(folder, 'customers.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['id', 'start']);
    await workbook.xlsx.writeFile(path);
    const failure = await readRetentionWorkbook(path).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PitoError);
    expect(failure).toMatchObject({ code: 'badFile', message: expect.stringContaining('use Import instead') });
    const { key, params } = (failure as PitoError).reason ?? { key: 'documentError.damaged' as const, params: {} };
    expect(key).toBe('documentError.notPitoWorkbook');
    expect(translate('en', key, params)).toBe((failure as PitoError).message);
    expect(translate('fi', key, params)).toContain('customers.xlsx ei ole Piton tallentama työkirja');
  });

  it('says a workbook whose customer sheet breaks off halfway is damaged, as a bad file', async () => {
    const path = join(folder, 'cut.xlsx');
    await writeRetentionWorkbook(path, sampleDocument('month', 'en', 3), sampleCustomers(200));
    const archive = await ZipArchive.open(path);
    const parts = await Promise.all(
      archive.names.map(async (name) => ({ name, data: (await archive.text(name)) as string })),
    );
    const largest = parts.reduce((big, part) => (part.data.length > big.data.length ? part : big));
    largest.data = largest.data.slice(0, largest.data.length / 2); // the sheet XML ends mid-row
    writeFileSync(path, buildZip(parts));
    await expect(readRetentionWorkbook(path)).rejects.toMatchObject({
      code: 'badFile',
      message: expect.stringContaining('cut.xlsx is damaged'),
      reason: { key: expect.stringMatching(/^readerError\.xlsx\./) },
    });
  });

  it('names a workbook that is not there by its name, never by its folders', async () => {
    const failure = await readRetentionWorkbook(join(folder, 'gone.xlsx')).catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: 'io',
      message: 'Could not open gone.xlsx: the file does not exist.',
      reason: { key: 'documentError.notFound', params: { file: 'gone.xlsx' } },
    });
  });

  it('says a damaged file cannot be read as a workbook', async () => {
    const path = join(folder, 'damaged.xlsx');
    writeFileSync(path, 'not a zip at all');
    await expect(readRetentionWorkbook(path)).rejects.toMatchObject({
      code: 'badFile',
      message: expect.stringContaining('damaged.xlsx cannot be read as an Excel workbook'),
      reason: { key: 'documentError.notAWorkbook' },
    });
  });
});
