/**
 * Workbooks and recovery files of every format version open with today's code: the
 * fixtures of test/fixtures/format-v1 were written by the code of version 1 and give what
 * its reader returned. And a Periods sheet is read by its headers: reordered columns, a
 * column of the user's own, headers in the other language all read the same figures.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { DOCUMENT_FORMAT_VERSION } from '../../shared/document';
import { translate } from '../../shared/i18n';
import { editXlsx, tempFolder } from '../../test/support/workbooks';
import type { PitoError } from '../errors';
import { createRecoveryStore, recoveryFolder } from './recoveryStore';
import { readRetentionWorkbook } from '../workbook/readWorkbook';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/format-v1');
const WORKBOOKS = [
  { name: 'customer-list-en', periodsSheet: 'Periods' },
  { name: 'period-table-fi', periodsSheet: 'Jaksot' },
];

const folder = tempFolder('format-versions');
afterAll(() => folder.remove());

const fixture = (name: string) => join(FIXTURES, name);
const FIXTURES_V2 = join(import.meta.dirname, '../../test/fixtures/format-v2');
const fixtureV2 = (name: string) => join(FIXTURES_V2, name);

/**
 * A version 2 document as today's code holds it: what each later migration adds, stated here
 * by hand rather than by running the migrations under test (version 3: the summary range,
 * which no older document chose, is the default trailing twelve months).
 */
function fromVersion2<D extends { settings: object }>(document: D) {
  return {
    ...document,
    formatVersion: DOCUMENT_FORMAT_VERSION,
    settings: { ...document.settings, range: { preset: 'trailingTwelveMonths' } },
  };
}

/** A version 1 document as today's code holds it (version 2: customers kept unknown, not known to be the list's). */
function inTodaysShape(document: { settings: object; periods: object[] }) {
  return fromVersion2({
    ...document,
    periods: document.periods.map((period) => ({ ...period, customersRetained: null, aggregated: false })),
  });
}

/**
 * The customers kept of each month of customer-list-en, counted by hand from its 12
 * customers: reopened with its list, every unedited month is the list's and gets them.
 */
const LIST_KEPT = [0, 2, 3, 4, 5, 6];

/** What the version 1 reader gave for a fixture, in today's shape, its periods reconciled with its list if it has one. */
function openedJson(name: string) {
  const opened = JSON.parse(readFileSync(fixture(`${name}.opened.json`), 'utf8'));
  const document = inTodaysShape(opened.document);
  if (opened.customers === null) return { ...opened, document };
  const periods = document.periods.map((period, p) => ({
    ...period,
    customersRetained: LIST_KEPT[p],
    aggregated: true,
  }));
  return { ...opened, document: { ...document, periods } };
}

/** The values of every row of a sheet, column A first. */
function sheetValues(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    rows.push(Array.from({ length: sheet.columnCount }, (_, column) => row.getCell(column + 1).value));
  }
  return rows;
}

/** Rewrites a sheet so that column k + 1 holds `columns[k]` of each row's old values. */
function rewriteColumns(
  sheet: ExcelJS.Worksheet,
  columns: (row: ExcelJS.CellValue[], number: number) => ExcelJS.CellValue[],
) {
  sheetValues(sheet).forEach((values, index) => {
    const row = sheet.getRow(index + 1);
    const rewritten = columns(values, index + 1);
    for (let column = 1; column <= Math.max(values.length, rewritten.length); column++) {
      row.getCell(column).value = rewritten[column - 1] ?? null;
    }
  });
}

/** The fixture copied and its Periods sheet edited as a person would in Excel. */
function editedCopy(name: string, sheet: string, copy: string, edit: (periods: ExcelJS.Worksheet) => void) {
  return editXlsx(fixture(`${name}.xlsx`), sheet, edit, folder.file(`${name}-${copy}.xlsx`));
}

/** Sets one header of the Periods sheet to another text. */
const renameHeader = (from: string, to: string) => (sheet: ExcelJS.Worksheet) => {
  sheet.getRow(1).eachCell((cell) => {
    if (cell.value === from) cell.value = to;
  });
};

describe.each(WORKBOOKS)('the format version 1 workbook $name', ({ name, periodsSheet }) => {
  it('opens as the code of version 1 opened it: every input, id, first and last day, setting and customer', async () => {
    const { document, customers } = await readRetentionWorkbook(fixture(`${name}.xlsx`));
    expect({ document, customers }).toEqual(openedJson(name));
    expect(document.formatVersion).toBe(DOCUMENT_FORMAT_VERSION);
  });

  it('reads the same figures with its Periods columns in another order', async () => {
    // Derived figures first, the inputs right to left, the period label last.
    const reordered = await editedCopy(name, periodsSheet, 'reordered', (sheet) =>
      rewriteColumns(sheet, (row) => [...row.slice(11), ...row.slice(1, 11).reverse(), row[0] ?? null]),
    );
    const { document } = await readRetentionWorkbook(reordered);
    expect(document).toEqual(openedJson(name).document);
  });

  it('reads the same figures with a column of the user’s own inserted among them', async () => {
    const withNotes = await editedCopy(name, periodsSheet, 'notes', (sheet) =>
      rewriteColumns(sheet, (row, number) => [
        ...row.slice(0, 3),
        number === 1 ? 'My notes' : number, // numbers under a header Pito does not know: passed over
        ...row.slice(3),
      ]),
    );
    const { document } = await readRetentionWorkbook(withNotes);
    expect(document).toEqual(openedJson(name).document);
  });
});

describe.each(WORKBOOKS)('the format version 2 workbook $name', ({ name }) => {
  it('opens as the code of version 2 opened it, with the default summary range', async () => {
    const { document, customers } = await readRetentionWorkbook(fixtureV2(`${name}.xlsx`));
    const opened = JSON.parse(readFileSync(fixtureV2(`${name}.opened.json`), 'utf8'));
    expect({ document, customers }).toEqual({ ...opened, sheets: undefined, document: fromVersion2(opened.document) });
  });
});

describe('the headers of a Periods sheet', () => {
  it('are read in either language and however they are cased or spaced', async () => {
    const mixed = await editedCopy('customer-list-en', 'Periods', 'mixed', (sheet) => {
      renameHeader('Customers at start', 'ASIAKKAAT  JAKSON ALUSSA')(sheet);
      renameHeader('Margin %', 'kate-%')(sheet);
    });
    const { document } = await readRetentionWorkbook(mixed);
    expect(document).toEqual(openedJson('customer-list-en').document);
  });

  it.each([
    ['customer-list-en', 'Periods', 'Customers at start', '"Customers at start"'],
    ['period-table-fi', 'Jaksot', 'Uudet asiakkaat', '"Uudet asiakkaat"'],
  ])('refuse %s without its column %s, naming it as the sheet does', async (name, sheet, header, named) => {
    const lost = await editedCopy(name, sheet, 'lost', renameHeader(header, 'Something else'));
    const failure = (await readRetentionWorkbook(lost).catch((error: unknown) => error)) as PitoError;
    expect(failure).toMatchObject({
      code: 'badFile',
      reason: {
        key: 'documentError.periods.missingColumns',
        params: { file: `${name}-lost.xlsx`, sheet, columns: named, count: 1 },
      },
    });
    expect(failure.message).toBe(
      `${name}-lost.xlsx: sheet "${sheet}" has no column headed ${named}, so its periods cannot be read. Put the column back under that header (in English or Finnish), or use Import.`,
    );
    const { key, params } = failure.reason ?? { key: 'documentError.damaged' as const, params: {} };
    expect(translate('fi', key, params)).toContain(`taulukossa "${sheet}" ei ole tämän nimistä saraketta: ${named}`);
  });

  it('refuse a sheet without its period labels, and name every missing column at once', async () => {
    const noLabels = await editedCopy('customer-list-en', 'Periods', 'no-labels', renameHeader('Period', 'When'));
    await expect(readRetentionWorkbook(noLabels)).rejects.toMatchObject({
      reason: { key: 'documentError.periods.missingColumns', params: { columns: '"Period"' } },
    });
    const noCounts = await editedCopy('customer-list-en', 'Periods', 'no-counts', (sheet) => {
      renameHeader('Customers at start', 'S?')(sheet);
      renameHeader('Customers at end', 'E?')(sheet);
    });
    const failure = (await readRetentionWorkbook(noCounts).catch((error: unknown) => error)) as PitoError;
    expect(failure.reason?.params).toMatchObject({ columns: '"Customers at start", "Customers at end"', count: 2 });
    expect(failure.message).toContain('has no columns headed "Customers at start", "Customers at end"');
  });

  it('refuse two columns of one name, even in the two languages, naming both', async () => {
    // The Lost customers column retitled as Customers at start in Finnish: which one holds S?
    const twice = await editedCopy(
      'customer-list-en',
      'Periods',
      'twice',
      renameHeader('Lost customers', 'Asiakkaat jakson alussa'),
    );
    await expect(readRetentionWorkbook(twice)).rejects.toMatchObject({
      code: 'badFile',
      reason: {
        key: 'documentError.periods.duplicateColumn',
        params: { sheet: 'Periods', first: 'B "Customers at start"', second: 'L "Asiakkaat jakson alussa"' },
      },
    });
  });
});

describe('the format version of a workbook', () => {
  const withVersion = (version: number | string) =>
    editXlsx(
      fixture('period-table-fi.xlsx'),
      'PitoData',
      (sheet) => {
        sheet.getCell('B2').value = version;
      },
      folder.file(`version-${version}.xlsx`),
    );

  it('is checked against the newest this code reads: a newer one is refused, saying to update Pito', async () => {
    const newer = await withVersion(DOCUMENT_FORMAT_VERSION + 1);
    await expect(readRetentionWorkbook(newer)).rejects.toMatchObject({
      code: 'badFile',
      reason: {
        key: 'documentError.data.newerVersion',
        params: { version: String(DOCUMENT_FORMAT_VERSION + 1), supported: DOCUMENT_FORMAT_VERSION },
      },
    });
  });

  it.each([[0], [1.5], ['one']])('is refused when it is %j, no version Pito wrote', async (version) => {
    await expect(readRetentionWorkbook(await withVersion(version))).rejects.toMatchObject({
      code: 'badFile',
      reason: { key: expect.stringMatching(/^documentError\.data\.(notAVersion|notANumber)$/) },
    });
  });
});

describe('the format version 1 recovery file', () => {
  const restore = async (content: string) => {
    const userDataDir = folder.file(`recovery-${Math.random().toString(36).slice(2)}`);
    mkdirSync(recoveryFolder(userDataDir), { recursive: true });
    writeFileSync(join(recoveryFolder(userDataDir), 'unsaved-document.json'), content);
    return createRecoveryStore(userDataDir).read();
  };
  const written = readFileSync(fixture('recovery.json'), 'utf8');

  it('is restored through the recovery store as the code of version 1 wrote it', async () => {
    const { document, savedAt, fileName } = JSON.parse(written);
    expect(await restore(written)).toEqual({ document: inTodaysShape(document), savedAt, fileName });
  });

  it('of version 2 is restored with the default summary range', async () => {
    const v2 = readFileSync(fixtureV2('recovery.json'), 'utf8');
    const { document, savedAt, fileName } = JSON.parse(v2);
    expect(await restore(v2)).toEqual({ document: fromVersion2(document), savedAt, fileName });
  });

  it('is not restored once it claims a version newer than this code, or none', async () => {
    const file = JSON.parse(written);
    for (const formatVersion of [DOCUMENT_FORMAT_VERSION + 1, 0, '1', undefined]) {
      expect(await restore(JSON.stringify({ ...file, document: { ...file.document, formatVersion } }))).toBeNull();
    }
  });
});
