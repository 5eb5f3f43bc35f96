/**
 * The streaming reader of this folder as the rest of the main side uses it (the import,
 * the workbook reader, the shell): a workbook opened, a sheet's rows one at a time, and
 * what the reader found wrong as a bad-file error with its catalog reason.
 *
 * Values only: numbers, text (shared, inline or a formula's text result), truth values; a
 * formula cell gives its cached result, an error value gives null (its text with
 * `errorsAsText`).
 */
import type { MessageKey } from '../../shared/i18n';
import type { SheetRow } from '../../shared/parse';
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
} from './errors';
import { XlsxBook, type XlsxOptions, type XlsxSheet } from './xlsxBook';

export type { XlsxBook, XlsxSheet };

/**
 * The sheet list first, wherever the writer put xl/workbook.xml (exceljs's streaming writer
 * puts it after the sheets); each sheet is unpacked only when it is read.
 */
export function openXlsx(path: string, options?: XlsxOptions): Promise<XlsxBook> {
  return XlsxBook.open(path, options);
}

/** The workbook's sheet names only (no shared strings unpacked): enough to tell a workbook Pito saved. */
export function listXlsxSheets(path: string): Promise<string[]> {
  return XlsxBook.sheetNames(path);
}

/** The sheet's rows in order, unpacked and parsed a chunk at a time: a million customers never become a million cell objects. */
export async function* readSheetRows(book: XlsxBook, sheet: XlsxSheet): AsyncGenerator<SheetRow> {
  for await (const batch of book.readSheet(sheet).rows) yield* batch;
}

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
    | 'malformedSheet',
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
