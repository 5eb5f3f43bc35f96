/**
 * The Customers sheet: the imported list, one row per customer, streamed row by row so a
 * million customers never sit in memory as cells. Every text value (id, segment) is written
 * as a text cell: exceljs writes a JS string as a string, never as a formula.
 */
import type { CustomerRecord } from '../../shared/customers';
import { DATE_FORMAT, currencyFormat } from './numberFormats';
import { CUSTOMER_COLUMNS, excelSerialOf, type CustomerColumn } from './customersLayout';
import { HEADER_FONT, type SheetContext } from './sheetContext';

/** Rows written between two pauses that let the zip stream compress and flush what it holds. */
const ROWS_PER_PAUSE = 2000;

function cellValue(customer: CustomerRecord, column: CustomerColumn): string | number | null {
  const value = customer[column.field];
  if (value === null) return null;
  return column.kind === 'date' ? excelSerialOf(value as number) : value;
}

function formatOf(column: CustomerColumn, currency: string): string | undefined {
  if (column.kind === 'date') return DATE_FORMAT;
  if (column.field === 'revenue') return currencyFormat(currency);
  return undefined;
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function writeCustomersSheet(context: SheetContext, customers: readonly CustomerRecord[]): Promise<void> {
  const sheet = context.workbook.addWorksheet(context.names.customers, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const currency = context.document.settings.currency;
  sheet.columns = CUSTOMER_COLUMNS.map((column) => {
    const numFmt = formatOf(column, currency);
    return { width: column.width, ...(numFmt && { style: { numFmt } }) };
  });
  const header = sheet.addRow(CUSTOMER_COLUMNS.map((column) => context.t(column.header)));
  header.font = HEADER_FONT;
  header.commit();
  for (let index = 0; index < customers.length; index++) {
    const customer = customers[index] as CustomerRecord;
    sheet.addRow(CUSTOMER_COLUMNS.map((column) => cellValue(customer, column))).commit();
    if (index % ROWS_PER_PAUSE === ROWS_PER_PAUSE - 1) await pause();
  }
  sheet.commit();
}
