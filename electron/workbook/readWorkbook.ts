/**
 * Opens a workbook Pito saved and gives back its document: settings from the hidden
 * PitoData sheet, periods from the INPUTS of the Periods sheet (so edits made in Excel or
 * LibreOffice count and every figure is recomputed), the cohort table, and the customer
 * list of the Customers sheet, read row by row so a million customers fit. The PitoData
 * sheet is read first: a workbook of a format version this code cannot read is refused
 * before any other sheet is.
 */
import { basename } from 'node:path';
import type { CustomerRecord } from '../../shared/customers';
import { reconcileWithList } from '../../shared/aggregate/reconcile';
import type { MessageKey } from '../../shared/i18n';
import type { CellValue } from '../../shared/parse';
import { quoteValue } from '../../shared/quote';
import { PitoError } from '../errors';
import { DuplicatePartError, ZipFormatError } from '../xlsx/errors';
import { openXlsx, readSheetRows, xlsxError, type XlsxBook, type XlsxSheet } from '../xlsx/xlsxAdapter';
import { createCustomerReader } from './customersReader';
import { parseDataSheet, type DataKey } from './dataSheet';
import { dataValues, readableFormatVersion } from './dataValues';
import { documentFromSheets, type CollectedSheets, type OpenedWorkbook } from './documentFromSheets';
import { DATA_SHEET_NAME } from './sheetContext';

async function sheetRows(book: XlsxBook, sheet: XlsxSheet): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  for await (const row of readSheetRows(book, sheet)) rows[row.number - 1] = row.cells;
  return Array.from(rows, (row) => row ?? []);
}

async function sheetCustomers(book: XlsxBook, sheet: XlsxSheet, file: string): Promise<CustomerRecord[]> {
  const customers: CustomerRecord[] = [];
  const customerFromRow = createCustomerReader({ file, sheet: sheet.name });
  for await (const row of readSheetRows(book, sheet)) {
    if (row.number === 1 || row.cells.every((value) => value === null || value === '')) continue; // header, empty lines
    customers.push(customerFromRow(row.cells, row.number));
  }
  return customers;
}

async function collectSheets(book: XlsxBook, path: string, file: string): Promise<CollectedSheets> {
  const byName = new Map(book.sheets.map((sheet) => [sheet.name, sheet]));
  const dataSheet = byName.get(DATA_SHEET_NAME);
  if (!dataSheet) {
    throw PitoError.fromReason(
      'badFile',
      'documentError.notPitoWorkbook',
      { file, sheet: DATA_SHEET_NAME },
      { file: path },
    );
  }
  const dataRows = await sheetRows(book, dataSheet);
  const { values } = parseDataSheet(dataRows);
  const formatVersion = readableFormatVersion(dataValues(values, file));
  const collected: CollectedSheets = {
    formatVersion,
    rows: new Map([[DATA_SHEET_NAME, dataRows]]),
    customers: new Map(),
  };
  const named = (key: DataKey) => {
    const name = values.get(key);
    return name === null || name === undefined ? undefined : byName.get(String(name));
  };
  for (const key of ['periodsSheet', 'cohortsSheet'] as const) {
    const sheet = named(key);
    if (sheet) collected.rows.set(sheet.name, await sheetRows(book, sheet));
  }
  const customersSheet = named('customersSheet');
  if (customersSheet) collected.customers.set(customersSheet.name, await sheetCustomers(book, customersSheet, file));
  return collected;
}

/** The periods the saved customer list still gives, as the list's own (reconcile.ts); the others as saved. */
function withListPeriods(opened: OpenedWorkbook): OpenedWorkbook {
  const { document, customers } = opened;
  if (customers === null) return opened;
  const periods = reconcileWithList(document.periods, customers, document.settings.periodKind);
  return { ...opened, document: { ...document, periods } };
}

export async function readRetentionWorkbook(path: string): Promise<OpenedWorkbook> {
  const file = basename(path);
  let book: XlsxBook;
  try {
    book = await openXlsx(path);
  } catch (error) {
    throw openError(error, path, file);
  }
  try {
    return withListPeriods(documentFromSheets(await collectSheets(book, path, file), file));
  } catch (error) {
    if (error instanceof PitoError) throw error;
    // A sheet damaged past its first rows fails only as it streams: still the file's fault.
    const known = xlsxError(file, null, error);
    if (known instanceof PitoError) throw withPath(known, path);
    throw PitoError.fromReason('badFile', 'documentError.damaged', { file, detail: detailOf(error) }, { file: path });
  }
}

const OPEN_FAILURES: Partial<Record<string, MessageKey>> = {
  ENOENT: 'documentError.notFound',
  ENOTDIR: 'documentError.notFound',
  EACCES: 'documentError.permissionDenied',
  EPERM: 'documentError.permissionDenied',
  EISDIR: 'documentError.isFolder',
};

/** What the reader said went wrong, quoted to a bounded length (the IPC router strips any absolute path from it). */
function detailOf(error: unknown): string {
  return quoteValue(error instanceof Error ? error.message : String(error));
}

/** Why the workbook would not open: the file system refused, or what is there is no workbook. */
function openError(error: unknown, path: string, file: string): PitoError {
  const ioKey = OPEN_FAILURES[String((error as NodeJS.ErrnoException).code)];
  if (ioKey) return PitoError.fromReason('io', ioKey, { file }, { file: path });
  if (error instanceof ZipFormatError && !(error instanceof DuplicatePartError)) {
    return PitoError.fromReason(
      'badFile',
      'documentError.notAWorkbook',
      { file, detail: detailOf(error) },
      { file: path },
    );
  }
  const known = xlsxError(file, null, error);
  if (known instanceof PitoError) return withPath(known, path);
  return PitoError.fromReason(
    'badFile',
    'documentError.notAWorkbook',
    { file, detail: detailOf(error) },
    { file: path },
  );
}

/** The reader's error, naming the file by its path as the other errors of opening do. */
function withPath(error: PitoError, path: string): PitoError {
  return new PitoError(error.code, error.message, {
    file: path,
    ...(error.row !== undefined && { row: error.row }),
    ...(error.column !== undefined && { column: error.column }),
    ...(error.reason && { reason: error.reason }),
  });
}
