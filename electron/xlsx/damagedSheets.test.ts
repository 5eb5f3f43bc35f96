/**
 * Damage that once read as wrong values in silence, or in quadratic time: each is now a
 * badFile error naming the file, the sheet and the cell or row, with a catalog reason in
 * both languages. Files are built raw (test/support/zipWriter) and read through
 * openXlsxSource, as an import reads them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import type { SheetRow } from '../../shared/parse';
import { tempFolder, writeText } from '../../test/support/workbooks';
import { buildZip, minimalXlsxParts, sheetRowXml, type ZipPart } from '../../test/support/zipWriter';
import { PitoError } from '../errors';
import { openXlsxSource } from '../import/xlsxSource';

const folder = tempFolder('damaged-sheets');
afterAll(() => folder.remove());

const header = sheetRowXml(1, ['Customer ID', 'Start date']);
let written = 0;

function write(parts: ZipPart[]): string {
  return writeText(folder.file(`book${++written}.xlsx`), buildZip(parts));
}

/** Parts of a workbook with a shared string table. */
function withSharedStrings(sheetData: string, strings: string[]): ZipPart[] {
  const items = strings.map((text) => (text.startsWith('<') ? text : `<si><t>${text}</t></si>`)).join('');
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  return minimalXlsxParts(sheetData)
    .map((part) =>
      part.name === 'xl/_rels/workbook.xml.rels'
        ? {
            ...part,
            data: String(part.data).replace(
              '</Relationships>',
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
            ),
          }
        : part,
    )
    .concat({ name: 'xl/sharedStrings.xml', data: `<?xml version="1.0"?><sst ${ns}>${items}</sst>` });
}

async function readAll(path: string): Promise<SheetRow[]> {
  const book = await openXlsxSource(path);
  const rows: SheetRow[] = [];
  for await (const sheet of book.sheets) for await (const batch of sheet.rows) rows.push(...batch);
  return rows;
}

async function readError(parts: ZipPart[]): Promise<PitoError> {
  const error = await readAll(write(parts)).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PitoError);
  const pito = error as PitoError;
  expect(pito.code).toBe('badFile');
  // The message is the English of the reason, and the Finnish fills every placeholder.
  expect(pito.reason).toBeDefined();
  const { key, params } = pito.reason!;
  expect(key.startsWith('readerError.xlsx.')).toBe(true);
  expect(translate('en', key, params)).toBe(pito.message);
  expect(translate('fi', key, params)).not.toMatch(/\{\w+\}/);
  return pito;
}

const sheetError = (sheetData: string) => readError(minimalXlsxParts(header + sheetData));
const cell = (xml: string) => `<row r="2">${xml}</row>`;

describe('one very long cell, and many empty rows', () => {
  it('refuses a cell of 3 MB as soon as it outgrows any cell Excel writes', async () => {
    const error = await sheetError(cell(`<c r="A2" t="inlineStr"><is><t>${'a'.repeat(3_000_000)}</t></is></c>`));
    expect(error.message).toBe(
      `book${written}.xlsx: sheet "Sheet1", cell A2 holds more than 32 767 characters, more than Excel lets a cell hold: the file is damaged or was not written by a spreadsheet program.`,
    );
    expect(error).toMatchObject({ row: 2, column: 'A', reason: { key: 'readerError.xlsx.cellTooLong' } });
  });

  it('reads a cell of exactly 32 767 characters, however it is escaped, and refuses one more', async () => {
    const rows = await readAll(
      write(minimalXlsxParts(header + cell(`<c r="B2" t="str"><v>${'&amp;'.repeat(32_767)}</v></c>`))),
    );
    expect(rows[1]?.cells[1]).toBe('&'.repeat(32_767));
    const error = await sheetError(cell(`<c r="B2" t="inlineStr"><is><t>${'é'.repeat(32_768)}</t></is></c>`));
    expect(error.message).toMatch(/^book\d+\.xlsx: sheet "Sheet1", cell B2 holds more than 32 767 characters/);
  });

  it('reads 200 000 empty rows before a customer, every row in its place', async () => {
    const data = `${header}${'<row></row>'.repeat(200_000)}<row r="200002"><c r="A200002" t="inlineStr"><is><t>C1</t></is></c><c r="B200002"><v>45323</v></c></row>`;
    const rows = await readAll(write(minimalXlsxParts(data)));
    expect(rows).toHaveLength(200_002);
    expect(rows[100_000]).toEqual({ number: 100_001, cells: [] });
    expect(rows.at(-1)).toEqual({ number: 200_002, cells: ['C1', 45323] });
  });

  it('refuses a row larger than 16 MB of XML', async () => {
    const long = 'b'.repeat(30_000);
    const cells = Array.from({ length: 600 }, () => `<c t="inlineStr"><is><t>${long}</t></is></c>`).join('');
    const error = await sheetError(cell(cells));
    expect(error.message).toMatch(/^book\d+\.xlsx: sheet "Sheet1", row 2 is larger than 16 MB/);
    expect(error).toMatchObject({ row: 2, reason: { key: 'readerError.xlsx.rowTooLarge' } });
  });
});

describe('values that are not of their cell type', () => {
  it.each([
    ['NaN', 'NaN'],
    ['abc', 'abc'],
    ['0x10', '0x10'],
    ['Infinity', 'Infinity'],
    ['1e400', '1e400'],
    [' ', ' '],
    ['1,5', '1,5'],
  ])('refuses the number %j', async (written, quoted) => {
    const error = await sheetError(
      cell(`<c r="A2" t="inlineStr"><is><t>C1</t></is></c><c r="C2"><v>${written}</v></c>`),
    );
    expect(error.message).toMatch(
      new RegExp(
        `^book\\d+\\.xlsx: sheet "Sheet1", cell C2 should hold a number but holds "${quoted}": the file is damaged\\.$`,
      ),
    );
    expect(error).toMatchObject({ row: 2, column: 'C', reason: { key: 'readerError.xlsx.notANumber' } });
  });

  it('reads a formula\'s empty result as an empty cell, numbers with spaces around and t="n" alike', async () => {
    const rows = await readAll(
      write(
        minimalXlsxParts(
          header +
            cell(
              '<c r="A2"><f>""</f><v></v></c><c r="B2" t="str"><v/></c><c r="C2"><v> 42 </v></c><c r="D2" t="n"><v>-1.5E+3</v></c>',
            ),
        ),
      ),
    );
    expect(rows[1]?.cells).toEqual([null, null, 42, -1500]);
  });

  it.each([['<c r="A2"><v></v></c>'], ['<c r="A2" t="n"><v/></c>']])(
    'refuses a number cell whose value was emptied: %s',
    async (xml) => {
      const error = await sheetError(cell(xml));
      expect(error).toMatchObject({ row: 2, column: 'A', reason: { key: 'readerError.xlsx.notANumber' } });
    },
  );

  it('quotes at most 80 characters of a value', async () => {
    const error = await sheetError(cell(`<c r="A2"><v>${'x'.repeat(5_000)}</v></c>`));
    expect(error.reason?.params.value).toBe(`${'x'.repeat(79)}…`);
    expect(error.message.length).toBeLessThan(200);
  });

  it.each([
    ['', 'badSharedStringIndex', 'cell A2 should refer to one of the workbook\'s shared texts but holds ""'],
    ['1.5', 'badSharedStringIndex', 'cell A2 should refer to one of the workbook\'s shared texts but holds "1.5"'],
    ['-1', 'badSharedStringIndex', 'cell A2 should refer to one of the workbook\'s shared texts but holds "-1"'],
    [
      '2',
      'missingSharedString',
      'cell A2 refers to shared text 2, but the workbook holds only 2 shared texts, numbered from 0',
    ],
  ])('refuses the shared-string index %j', async (index, problem, text) => {
    const error = await readError(
      withSharedStrings(header + cell(`<c r="A2" t="s"><v>${index}</v></c>`), ['zero', 'one']),
    );
    expect(error.message).toBe(`book${written}.xlsx: sheet "Sheet1", ${text}: the file is damaged.`);
    expect(error.reason?.key).toBe(`readerError.xlsx.${problem}`);
  });

  it('reads shared strings by index, and refuses a truth value that is neither', async () => {
    const rows = await readAll(
      write(
        withSharedStrings(header + cell('<c r="A2" t="s"><v>1</v></c><c r="B2" t="b"><v>true</v></c>'), [
          'zero',
          'one',
        ]),
      ),
    );
    expect(rows[1]?.cells).toEqual(['one', true]);
    const error = await sheetError(cell('<c r="A2" t="b"><v>yes</v></c>'));
    expect(error.message).toMatch(/cell A2 should hold TRUE or FALSE but holds "yes": the file is damaged\.$/);
  });

  it('refuses a shared string longer than a cell may be, and an item without its end', async () => {
    const long = await readError(withSharedStrings(header, ['zero', 'c'.repeat(40_000)]));
    expect(long.message).toBe(
      `book${written}.xlsx: shared text 1 of the workbook holds more than 32 767 characters, more than Excel lets a cell hold: the file is damaged or was not written by a spreadsheet program.`,
    );
    const path = write(withSharedStrings(header, ['<si><t>zero</t>', 'one']));
    await expect(openXlsxSource(path)).rejects.toThrow(
      /cannot be read \(xl\/sharedStrings\.xml: string item 0 never ends\)/,
    );
  });
});

describe('rows and cells out of place', () => {
  it.each([
    ['a missing </row>', '<row r="2"><c r="A2"><v>1</v></c><row r="3"><c r="A3"><v>2</v></c></row>', 2],
    ['a missing </row> before the data ends', '<row r="2"><c r="A2"><v>1</v></c>', 2],
  ])('refuses %s', async (_, rows, row) => {
    const error = await sheetError(rows);
    expect(error.message).toBe(
      `book${written}.xlsx: sheet "Sheet1", row ${row} does not end (its </row> is missing), so where the next row begins is not known: the file is damaged.`,
    );
    expect(error.row).toBe(row);
  });

  it('refuses a cell without its </c>', async () => {
    const error = await sheetError(cell('<c r="A2"><v>1</v><c r="B2"><v>2</v></c>'));
    expect(error.message).toMatch(
      /cell A2 does not end where it should \(its <\/c> is missing\): the file is damaged\.$/,
    );
    const last = await sheetError(cell('<c r="A2"><v>1</v>'));
    expect(last.reason?.key).toBe('readerError.xlsx.cellNotClosed');
  });

  it.each(['A 2', 'A02', 'a2', '$A$2', 'A', '2', 'A2:B2', ''])('refuses the cell reference %j', async (reference) => {
    const error = await sheetError(cell(`<c r="${reference}"><v>1</v></c>`));
    expect(error.message).toBe(
      `book${written}.xlsx: sheet "Sheet1", row 2 has a cell whose reference "${reference}" is not a cell reference such as C12: the file is damaged.`,
    );
  });

  it('refuses a cell whose reference names another row', async () => {
    const error = await sheetError(cell('<c r="A2"><v>1</v></c><c r="B9"><v>2</v></c>'));
    expect(error.message).toBe(
      `book${written}.xlsx: sheet "Sheet1", cell B9 is written inside row 2: the file is damaged.`,
    );
  });

  it.each([
    ['out of order', '<c r="B2"><v>1</v></c><c r="A2"><v>2</v></c>', 'cell A2 comes after cell B2'],
    ['repeated', '<c r="B2"><v>1</v></c><c r="B2"><v>2</v></c>', 'cell B2 comes after cell B2'],
    [
      'after one without reference',
      '<c><v>1</v></c><c><v>2</v></c><c r="B2"><v>3</v></c>',
      'cell B2 comes after cell B2',
    ],
  ])('refuses cells %s', async (_, cells, text) => {
    const error = await sheetError(cell(cells));
    expect(error.message).toBe(
      `book${written}.xlsx: sheet "Sheet1", ${text} in row 2, but Excel writes each cell once, left to right: the file is damaged.`,
    );
  });

  it.each([
    ['out of order', '<row r="3"/><row r="2"/>', 2, 3],
    ['repeated', '<row r="2"/><row r="2"/>', 2, 2],
    ['numbered before an earlier one', '<row r="5"/><row/><row r="6"/>', 6, 6],
  ])('refuses rows %s', async (_, rows, row, previous) => {
    const error = await sheetError(rows);
    expect(error.message).toBe(
      `book${written}.xlsx: sheet "Sheet1", row ${row} comes after row ${previous}, but Excel writes each row once, top to bottom: the file is damaged.`,
    );
  });

  it.each(['02', '2.0', ' 2', '0', 'x'])('refuses the row number %j', async (number) => {
    const error = await sheetError(`<row r="${number}"/>`);
    expect(error.message).toBe(
      `book${written}.xlsx: sheet "Sheet1", a row has the number "${number}", which is not a row number such as 12: the file is damaged.`,
    );
  });
});

describe('the zip layer', () => {
  it.each([
    ['the same name', 'xl/worksheets/sheet1.xml'],
    ['names that differ only in case', 'xl/worksheets/Sheet1.xml'],
  ])('refuses two parts of %s', async (_, name) => {
    const parts = minimalXlsxParts(header);
    const error = await readError([
      ...parts,
      { name, data: String(parts[4]?.data).replace('</sheetData>', `${sheetRowXml(2, ['X', 1])}</sheetData>`) },
    ]);
    expect(error.message).toBe(
      `book${written}.xlsx is damaged: it holds two parts of the same name, and which one Excel would read is not known.`,
    );
  });
});
