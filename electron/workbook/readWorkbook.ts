/**
 * Opens a workbook Pito saved and gives back its document: settings from the hidden
 * PitoData sheet, periods from the INPUTS of the Periods sheet (so edits made in Excel or
 * LibreOffice count and every figure is recomputed), the cohort table, and the customer
 * list of the Customers sheet, read row by row so a million customers fit.
 */
import { basename } from 'node:path';
import type { CustomerRecord } from '../../shared/customers';
import { PitoError } from '../errors';
import type { PlainRow } from './cellValues';
import { createCustomerReader } from './customersReader';
import { parseDataSheet, type DataKey } from './dataSheet';
import { documentFromSheets, type CollectedSheets, type OpenedWorkbook } from './documentFromSheets';
import { DATA_SHEET_NAME } from './sheetContext';
import { openXlsx, readSheetRows, type XlsxBook, type XlsxSheet } from './xlsxReader';

async function sheetRows(book: XlsxBook, sheet: XlsxSheet): Promise<PlainRow[]> {
  const rows: PlainRow[] = [];
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
    throw new PitoError(
      'badFile',
      `${file} is not a workbook saved by Pito (it has no ${DATA_SHEET_NAME} sheet). To analyse a customer list or a period table, use Import instead.`,
      { file: path },
    );
  }
  const dataRows = await sheetRows(book, dataSheet);
  const { values } = parseDataSheet(dataRows);
  const collected: CollectedSheets = { rows: new Map([[DATA_SHEET_NAME, dataRows]]), customers: new Map() };
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

export async function readRetentionWorkbook(path: string): Promise<OpenedWorkbook> {
  const file = basename(path);
  let book: XlsxBook;
  try {
    book = await openXlsx(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      throw new PitoError('io', `Could not open ${file}: ${(error as Error).message}.`, { file: path });
    }
    throw new PitoError(
      'badFile',
      `${file} cannot be read as an Excel workbook (.xlsx): ${(error as Error).message}.`,
      {
        file: path,
      },
    );
  }
  try {
    return documentFromSheets(await collectSheets(book, path, file), file);
  } catch (error) {
    if (error instanceof PitoError) throw error;
    // A sheet damaged past its first rows fails only as it streams: still the file's fault.
    throw new PitoError('badFile', `${file} is damaged and cannot be read: ${(error as Error).message}.`, {
      file: path,
    });
  }
}
