/**
 * An .xlsx workbook as a source of rows, streamed by Pito's own reader (electron/xlsx).
 * Styles are not read: a date column is read by what the column holds (a serial number),
 * which is both faster and independent of how the cell was formatted; formula cells give
 * their cached result, error cells their text (`#N/A`) so a report can name it.
 */
import { basename } from 'node:path';
import type { MessageKey } from '../../shared/i18n';
import { quoteValue } from '../../shared/quote';
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
  name:
    | SheetDataProblem
    | 'sharedStringTooLong'
    | 'duplicatePart'
    | 'archiveTooLarge'
    | 'partTooLarge'
    | 'rowBeyondLimits'
    | 'cellBeyondLimits'
    | 'cutShort'
    | 'damagedZip'
    | 'cannotUnpack'
    | 'malformed'
    | 'malformedSheet'
    | 'noWorksheets',
  params: Record<string, string | number>,
  where: { file: string; row?: number; column?: string },
): PitoError {
  const key: MessageKey = `readerError.xlsx.${name}`;
  return PitoError.fromReason('badFile', key, params, where);
}

/**
 * What is wrong with a workbook, as a message naming the file (and the sheet, when one is
 * being read) with its catalog reason; anything that is no reader error is given back as it is.
 */
export function xlsxError(fileName: string, sheet: string | null, error: unknown): unknown {
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
    // The reader names the part that unpacks too far, or "the whole archive" when the directory declares too much.
    return error.message === 'the whole archive'
      ? reasonedError('archiveTooLarge', { file: fileName }, where)
      : reasonedError('partTooLarge', { file: fileName, part: quoteValue(error.message) }, where);
  }
  if (error instanceof SheetLimitError) {
    const part = quoteValue(error.part);
    const [, what, place = error.reference] = /^(row|cell) (.*)$/.exec(error.reference) ?? [];
    return what === 'row'
      ? reasonedError('rowBeyondLimits', { file: fileName, part, row: place }, where)
      : reasonedError('cellBeyondLimits', { file: fileName, part, cell: place }, where);
  }
  if (error instanceof TruncatedPartError) {
    return reasonedError('cutShort', { file: fileName, part: quoteValue(error.message) }, where);
  }
  if (error instanceof ZipFormatError) {
    return reasonedError('damagedZip', { file: fileName, detail: quoteValue(error.message) }, where);
  }
  if (error instanceof Error && String((error as NodeJS.ErrnoException).code).startsWith('Z_')) {
    return reasonedError('cannotUnpack', { file: fileName }, where);
  }
  if (error instanceof MalformedPartError) {
    const detail = quoteValue(error.message);
    return sheet === null
      ? reasonedError('malformed', { file: fileName, detail }, where)
      : reasonedError('malformedSheet', { file: fileName, sheet: quoteValue(sheet), detail }, where);
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
    throw reasonedError('noWorksheets', { file: fileName }, { file: fileName });
  }
  return {
    sheetNames: book.sheets.map((sheet) => sheet.name),
    date1904: book.date1904,
    delimiter: null,
    decodeWarnings: [],
    sheets: workbookSheets(fileName, book),
  };
}
