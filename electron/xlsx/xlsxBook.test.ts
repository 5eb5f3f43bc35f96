/** The reader on workbooks written by exceljs (its normal writer and its streaming writer) and on damaged archives. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { SheetRow } from '../../shared/parse';
import { tempFolder, writeText } from '../../test/support/workbooks';
import { buildZip, minimalXlsxParts, sheetRowXml } from '../../test/support/zipWriter';
import { DuplicatePartError, ZipBombError, ZipFormatError } from './errors';
import { XlsxBook } from './xlsxBook';

const folder = tempFolder('xlsxbook');
afterAll(() => folder.remove());

const DAY = 86_400_000;
/** Excel's 1900-system serial of a UTC date. */
const serial = (date: Date) => (date.getTime() - Date.UTC(1899, 11, 30)) / DAY;
const signup = new Date(Date.UTC(2024, 1, 29));

const ROWS: ExcelJS.CellValue[][] = [
  ['Customer ID', 'Start date', 'Orders', 'Active', 'Revenue', 'Note'],
  [
    'C1',
    signup,
    3,
    true,
    { formula: 'C2*10', result: 30 },
    { richText: [{ text: 'Bold', font: { bold: true } }, { text: ' & plain' }] },
  ],
  ['C2', signup, 0, false, { error: '#DIV/0!' } as ExcelJS.CellErrorValue, { formula: 'A3&"!"', result: 'C2!' }],
];
const EXPECTED_ROWS: SheetRow[] = [
  { number: 1, cells: ['Customer ID', 'Start date', 'Orders', 'Active', 'Revenue', 'Note'] },
  { number: 2, cells: ['C1', serial(signup), 3, true, 30, 'Bold & plain'], formulas: [4] },
  { number: 3, cells: ['C2', serial(signup), 0, false, null, 'C2!'], formulas: [5] },
];

function addSheets(workbook: ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter, commit: boolean): void {
  const data = workbook.addWorksheet('Data');
  for (const values of ROWS) {
    const row = data.addRow(values);
    row.getCell(2).numFmt = 'd.m.yyyy';
    if (commit) row.commit();
  }
  const sparse = workbook.addWorksheet('Sparse', { state: 'hidden' });
  sparse.getCell('C2').value = 'far';
  sparse.getCell('A5').value = 5;
  if (commit) sparse.commit();
}

async function rowsOf(book: XlsxBook, name: string): Promise<SheetRow[]> {
  const sheet = book.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: SheetRow[] = [];
  for await (const batch of book.readSheet(sheet).rows) rows.push(...batch);
  return rows;
}

describe('XlsxBook on exceljs workbooks', () => {
  it('reads the normal writer: shared strings, rich text, formulas, truth values, errors, dates, hidden and sparse sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    addSheets(workbook, false);
    const path = folder.file('normal.xlsx');
    await workbook.xlsx.writeFile(path);
    const book = await XlsxBook.open(path);
    expect(book.sheets.map(({ name, hidden }) => ({ name, hidden }))).toEqual([
      { name: 'Data', hidden: false },
      { name: 'Sparse', hidden: true },
    ]);
    expect(book.date1904).toBe(false);
    expect(await rowsOf(book, 'Data')).toEqual(EXPECTED_ROWS);
    expect(await rowsOf(book, 'Sparse')).toEqual([
      { number: 2, cells: [null, null, 'far'] },
      { number: 5, cells: [5] },
    ]);
  });

  it.each([true, false])(
    'reads the streaming writer, whose workbook.xml comes after the sheets (shared strings: %s)',
    async (useSharedStrings) => {
      const path = folder.file(`stream-${useSharedStrings}.xlsx`);
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings, useStyles: true });
      addSheets(workbook, true);
      await workbook.commit();
      const names = readFileSync(path).toString('latin1');
      expect(names.indexOf('xl/workbook.xml')).toBeGreaterThan(names.indexOf('xl/worksheets/sheet1.xml'));
      const book = await XlsxBook.open(path, { errorsAsText: true });
      expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Data', 'Sparse']);
      const rows = await rowsOf(book, 'Data');
      expect(rows.slice(0, 2)).toEqual(EXPECTED_ROWS.slice(0, 2));
      expect(rows[2]).toEqual({ number: 3, cells: ['C2', serial(signup), 0, false, '#DIV/0!', 'C2!'], formulas: [5] });
    },
  );

  it('reads the 1904 date system flag, with serials counted from 1904', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    workbook.addWorksheet('Dates').addRow([signup]);
    const path = folder.file('1904.xlsx');
    await workbook.xlsx.writeFile(path);
    const book = await XlsxBook.open(path);
    expect(book.date1904).toBe(true);
    expect(await rowsOf(book, 'Dates')).toEqual([{ number: 1, cells: [serial(signup) - 1462] }]);
  });

  it('estimates the row count from the bytes read where the sheet declares none', async () => {
    const path = folder.file('many.xlsx');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
    const sheet = workbook.addWorksheet('Many');
    for (let row = 1; row <= 30_000; row++) sheet.addRow([`C${row}`, row, row / 7]).commit();
    await workbook.commit();
    const book = await XlsxBook.open(path);
    const reading = book.readSheet(book.sheets[0]!);
    expect(reading.totalRows).toBeNull();
    const first = await reading.rows.next();
    expect(first.done).toBe(false);
    expect(reading.totalRows).toBeGreaterThan(25_000);
    expect(reading.totalRows).toBeLessThan(35_000);
    await reading.rows.return(undefined);
  });
});

describe('XlsxBook on damaged archives', () => {
  const parts = minimalXlsxParts(sheetRowXml(1, ['Customer ID', 'Start date']) + sheetRowXml(2, ['A', 45323]));
  const write = (name: string, zipParts: Parameters<typeof buildZip>[0]) =>
    writeText(folder.file(name), buildZip(zipParts));
  const openError = (path: string, maxUnpackedBytes?: number) =>
    XlsxBook.open(path, { maxUnpackedBytes }).then(
      () => null,
      (error: unknown) => error,
    );

  it('reads a minimal archive, inline strings and all', async () => {
    const book = await XlsxBook.open(write('minimal.xlsx', parts));
    expect(await rowsOf(book, 'Sheet1')).toEqual([
      { number: 1, cells: ['Customer ID', 'Start date'] },
      { number: 2, cells: ['A', 45323] },
    ]);
  });

  it('refuses a truncated archive', async () => {
    const whole = buildZip(parts);
    const error = await openError(writeText(folder.file('half.xlsx'), whole.subarray(0, whole.length / 2)));
    expect(error).toBeInstanceOf(ZipFormatError);
  });

  it('checks the parts it does not stream when it opens, and a sheet as it reads it', async () => {
    const badStyles = [...parts, { name: 'xl/styles.xml', data: '<styleSheet/>', declaredCrc: 7 }];
    expect(await openError(write('badstyles.xlsx', badStyles))).toMatchObject({
      message: 'its part xl/styles.xml is damaged',
    });
    const badSheet = parts.map((part) => (part.name.endsWith('sheet1.xml') ? { ...part, declaredCrc: 7 } : part));
    const book = await XlsxBook.open(write('badsheet.xlsx', badSheet));
    await expect(rowsOf(book, 'Sheet1')).rejects.toThrow('its part xl/worksheets/sheet1.xml is damaged');
  });

  it('refuses a part that unpacks to more than it declares, and an archive that declares more than the cap', async () => {
    const liar = [...parts, { name: 'xl/media/image1.png', data: Buffer.alloc(1 << 20), declaredSize: 100 }];
    expect(await openError(write('liar.xlsx', liar))).toEqual(new ZipBombError('xl/media/image1.png'));
    const big = [...parts, { name: 'xl/media/image1.png', data: Buffer.alloc(1 << 20) }];
    expect(await openError(write('big.xlsx', big), 1 << 19)).toEqual(new ZipBombError('the whole archive'));
  });

  it('refuses two entries of one name, which a reader would choose between blindly', async () => {
    const copy = { name: 'XL/workbook.xml', data: String(parts[2]?.data) };
    const error = await openError(write('twice.xlsx', [...parts, copy]));
    expect(error).toBeInstanceOf(DuplicatePartError);
    expect(error).toMatchObject({ part: 'XL/workbook.xml', message: 'it holds two parts named XL/workbook.xml' });
  });

  it('refuses an archive without a workbook part', async () => {
    const error = await openError(
      write(
        'noworkbook.xlsx',
        parts.filter((part) => part.name !== 'xl/workbook.xml'),
      ),
    );
    expect(error).toMatchObject({ message: 'it has no workbook part (xl/workbook.xml)' });
  });
});
