/**
 * The Customers sheet: the imported list, one row per customer, streamed row by row so a
 * million customers never sit in memory as cells. Every text value (id, segment) is written
 * as a text cell: exceljs writes a JS string as a string, never as a formula.
 *
 * Per-row costs matter here (a million rows of nine cells). exceljs gives every new cell a
 * style object of its own and then turns each one into XML to find its style id, which was
 * most of the export's time; a style object it has seen before it looks up by identity. So
 * every cell gets its column's one shared style object, and every row one shared empty
 * style: the same ids as before, without the XML per cell. The values go through one reused
 * array (exceljs copies them into its cells), and the writer waits for the zip stream when
 * it is full (sheetBackPressure.ts) so memory stays flat.
 */
import type ExcelJS from 'exceljs';
import type { CustomerRecord } from '../../shared/customers';
import { DATE_FORMAT, currencyFormat } from './numberFormats';
import { CUSTOMER_COLUMNS, excelSerialOf, type CustomerColumn } from './customersLayout';
import { roomInEntry, sheetEntryStream } from './sheetBackPressure';
import { sheetOptions } from './printSetup';
import { HEADER_FONT, type SheetContext } from './sheetContext';

/** undefined: no cell at all (exceljs skips it), where a null would still cost a cell object and its XML. */
type CustomerCell = string | number | undefined;

function formatOf(column: CustomerColumn, currency: string): string | undefined {
  if (column.kind === 'date') return DATE_FORMAT;
  if (column.field === 'revenue') return currencyFormat(currency);
  return undefined;
}

/** Writes one customer's cells into `values` (index 0 is column A); a missing value leaves its cell out. */
function fillValues(values: CustomerCell[], customer: CustomerRecord): CustomerCell[] {
  for (let position = 0; position < CUSTOMER_COLUMNS.length; position++) {
    const column = CUSTOMER_COLUMNS[position] as CustomerColumn;
    const value = customer[column.field];
    values[position] = value === null ? undefined : column.kind === 'date' ? excelSerialOf(value as number) : value;
  }
  return values;
}

export async function writeCustomersSheet(context: SheetContext, customers: readonly CustomerRecord[]): Promise<void> {
  // A long, narrow list: portrait (about 40 % fewer pages than landscape), one page wide,
  // its header on every page, exactly its rows and columns.
  const sheet = context.workbook.addWorksheet(
    context.names.customers,
    sheetOptions({
      titleRows: 1,
      orientation: 'portrait',
      printArea: { lastRow: customers.length + 1, lastColumn: CUSTOMER_COLUMNS.length },
    }),
  );
  const entry = sheetEntryStream(sheet);
  const currency = context.document.settings.currency;
  const columnStyles: Partial<ExcelJS.Style>[] = CUSTOMER_COLUMNS.map((column) => {
    const numFmt = formatOf(column, currency);
    return numFmt ? { numFmt } : {};
  });
  sheet.columns = CUSTOMER_COLUMNS.map((column, position) => ({
    width: column.width,
    ...(columnStyles[position]?.numFmt && { style: columnStyles[position] }),
  }));
  const header = sheet.addRow(CUSTOMER_COLUMNS.map((column) => context.t(column.header)));
  header.font = HEADER_FONT;
  header.commit();
  const rowStyle: Partial<ExcelJS.Style> = {};
  const values: CustomerCell[] = [];
  for (const customer of customers) {
    const row = sheet.addRow(fillValues(values, customer));
    (row as unknown as { style: Partial<ExcelJS.Style> }).style = rowStyle; // a row's style is untyped in exceljs 4.4
    for (let position = 0; position < columnStyles.length; position++) {
      if (values[position] !== undefined)
        row.getCell(position + 1).style = columnStyles[position] as Partial<ExcelJS.Style>;
    }
    row.commit();
    const room = roomInEntry(entry);
    if (room) await room;
  }
  sheet.commit();
}
