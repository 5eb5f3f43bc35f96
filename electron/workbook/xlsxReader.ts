/**
 * Pito's workbooks read back through the streaming reader of electron/xlsx: the sheet list
 * first (wherever the writer put xl/workbook.xml: exceljs's streaming writer puts it after
 * the sheets), then one sheet at a time as a stream of rows, so a sheet of a million
 * customers never becomes a million cell objects.
 *
 * Values only: numbers, text (shared, inline or a formula's text result), truth values; a
 * formula cell gives its cached result, an error value gives null.
 */
import { XlsxBook, type XlsxSheet } from '../xlsx/xlsxBook';
import type { PlainRow } from './cellValues';

export type { XlsxBook, XlsxSheet };

export interface XlsxRow {
  /** 1-based sheet row. */
  number: number;
  /** Values from column A (index 0); missing cells are null. */
  cells: PlainRow;
}

export function openXlsx(path: string): Promise<XlsxBook> {
  return XlsxBook.open(path);
}

/** The sheet's rows in order, unpacked and parsed a chunk at a time. */
export async function* readSheetRows(book: XlsxBook, sheet: XlsxSheet): AsyncGenerator<XlsxRow> {
  for await (const batch of book.readSheet(sheet).rows) yield* batch;
}
