/**
 * An .xlsx workbook as a source of rows for the import, streamed through the xlsx adapter.
 * Styles are not read: a date column is read by what the column holds (a serial number),
 * which is both faster and independent of how the cell was formatted; formula cells give
 * their cached result, error cells their text (`#N/A`) so a report can name it.
 */
import { basename } from 'node:path';
import type { SheetRow } from '../../shared/parse';
import { PitoError } from '../errors';
import { openXlsx, xlsxError, type XlsxBook, type XlsxSheet } from '../xlsx/xlsxAdapter';
import type { SourceBook, SourceSheet } from './sourceBook';

async function* sheetRows(fileName: string, name: string, rows: AsyncIterable<SheetRow[]>): AsyncGenerator<SheetRow[]> {
  try {
    yield* rows;
  } catch (error) {
    throw xlsxError(fileName, name, error);
  }
}

async function* workbookSheets(fileName: string, book: XlsxBook): AsyncGenerator<SourceSheet> {
  for (const sheet of book.sheets) yield sourceSheet(fileName, book, sheet);
}

function sourceSheet(fileName: string, book: XlsxBook, sheet: XlsxSheet): SourceSheet {
  const reading = book.readSheet(sheet);
  return {
    name: sheet.name,
    get totalRows() {
      return reading.totalRows;
    },
    rows: sheetRows(fileName, sheet.name, reading.rows),
  };
}

/** `maxUnpackedBytes` left out is the reader's own cap. */
export async function openXlsxSource(path: string, maxUnpackedBytes?: number): Promise<SourceBook> {
  const fileName = basename(path);
  let book: XlsxBook;
  try {
    book = await openXlsx(path, { maxUnpackedBytes, errorsAsText: true });
  } catch (error) {
    throw xlsxError(fileName, null, error);
  }
  if (book.sheets.length === 0) {
    throw PitoError.fromReason('badFile', 'readerError.xlsx.noWorksheets', { file: fileName }, { file: fileName });
  }
  return {
    sheetNames: book.sheets.map((sheet) => sheet.name),
    date1904: book.date1904,
    delimiter: null,
    decodeWarnings: [],
    sheets: workbookSheets(fileName, book),
  };
}
