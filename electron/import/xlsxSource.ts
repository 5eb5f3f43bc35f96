/**
 * An .xlsx workbook as a source of rows, streamed by Pito's own reader (electron/xlsx).
 * Styles are not read: a date column is read by what the column holds (a serial number),
 * which is both faster and independent of how the cell was formatted; formula cells give
 * their cached result, error cells their text (`#N/A`) so a report can name it.
 */
import { basename } from 'node:path';
import { translate, type MessageKey } from '../../shared/i18n';
import { PitoError } from '../errors';
import {
  DuplicatePartError,
  MalformedPartError,
  SharedStringTooLongError,
  SheetDataError,
  SheetLimitError,
  type SheetDataProblem,
  TruncatedPartError,
  ZipBombError,
  ZipFormatError,
} from '../xlsx/errors';
import { XlsxBook, type XlsxSheet } from '../xlsx/xlsxBook';
import { DEFAULT_MAX_UNPACKED_BYTES } from '../xlsx/zipArchive';
import type { SourceBook, SourceRow, SourceSheet } from './sourceRows';

/** A bad-file error whose message is the English of its catalog reason, so the CLI and the UI say the same. */
function reasonedError(
  name: SheetDataProblem | 'sharedStringTooLong' | 'duplicatePart',
  params: Record<string, string | number>,
  where: { file: string; row?: number; column?: string },
): PitoError {
  const key: MessageKey = `readerError.xlsx.${name}`;
  return new PitoError('badFile', translate('en', key, params), { ...where, reason: { key, params } });
}

/** What is wrong with a workbook, as a message naming the file (and the sheet, when one is being read). */
function xlsxError(fileName: string, sheet: string | null, error: unknown): unknown {
  const where = { file: fileName };
  if (error instanceof PitoError) return error;
  if (error instanceof SheetDataError) {
    const params: Record<string, string | number> = { file: fileName, sheet: sheet ?? '', ...error.params };
    if (error.row !== null) params.row = error.row;
    if (error.cell !== null) params.cell = error.cell;
    const column = error.cell?.replace(/\d+$/, '');
    return reasonedError(error.problem, params, {
      file: fileName,
      ...(error.row !== null && { row: error.row }),
      ...(column && { column }),
    });
  }
  if (error instanceof SharedStringTooLongError) {
    return reasonedError('sharedStringTooLong', { file: fileName, item: error.item }, where);
  }
  if (error instanceof DuplicatePartError) return reasonedError('duplicatePart', { file: fileName }, where);
  if (error instanceof ZipBombError) {
    return new PitoError(
      'badFile',
      `${fileName} would unpack to more than Pito reads (${error.message} is too large or larger than it declares): it may be a decompression bomb.`,
      where,
    );
  }
  if (error instanceof SheetLimitError) {
    return new PitoError(
      'badFile',
      `${fileName} is damaged: ${error.part} refers to ${error.reference}, beyond Excel's limits of 1 048 576 rows and columns up to XFD.`,
      where,
    );
  }
  if (error instanceof TruncatedPartError) {
    return new PitoError('badFile', `${fileName} is damaged: the XML of ${error.message} is cut short.`, where);
  }
  if (error instanceof ZipFormatError) {
    return new PitoError('badFile', `${fileName} is damaged or incomplete: ${error.message}.`, where);
  }
  if (error instanceof Error && String((error as NodeJS.ErrnoException).code).startsWith('Z_')) {
    return new PitoError('badFile', `${fileName} is damaged: a part of the workbook cannot be unpacked.`, where);
  }
  if (error instanceof MalformedPartError) {
    const place = sheet === null ? fileName : `${fileName}: sheet "${sheet}"`;
    return new PitoError('badFile', `${place} cannot be read (${error.message}).`, where);
  }
  return error;
}

async function* sheetRows(
  fileName: string,
  name: string,
  rows: AsyncIterable<SourceRow[]>,
): AsyncGenerator<SourceRow[]> {
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

export async function openXlsx(path: string, maxUnpackedBytes = DEFAULT_MAX_UNPACKED_BYTES): Promise<SourceBook> {
  const fileName = basename(path);
  let book: XlsxBook;
  try {
    book = await XlsxBook.open(path, { maxUnpackedBytes, errorsAsText: true });
  } catch (error) {
    throw xlsxError(fileName, null, error);
  }
  if (book.sheets.length === 0) {
    throw new PitoError('badFile', `${fileName} is not an Excel workbook: it has no worksheets.`, { file: fileName });
  }
  return {
    sheetNames: book.sheets.map((sheet) => sheet.name),
    date1904: book.date1904,
    delimiter: null,
    decodeWarnings: [],
    sheets: workbookSheets(fileName, book),
  };
}
