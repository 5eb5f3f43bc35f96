/**
 * Reads the Customers sheet back into customer records, row by row as the streaming
 * reader delivers them, so reopening a workbook restores the list that Save writes again.
 */
import type { CustomerRecord } from '../../shared/customers';
import { cellError, numberOrNull, textOrNull, type CellPlace, type PlainRow } from './cellValues';
import { CUSTOMER_COLUMNS, dayNumberOfSerial } from './customersLayout';

export function customerFromRow(
  cells: PlainRow,
  rowNumber: number,
  where: { file: string; sheet: string },
): CustomerRecord {
  const record: Record<string, string | number | null> = {};
  // Built only for an error message: a million rows of nine cells must not make nine million places.
  const placeOf = (field: string): CellPlace => ({ ...where, row: rowNumber, column: field });
  for (let position = 0; position < CUSTOMER_COLUMNS.length; position++) {
    const column = CUSTOMER_COLUMNS[position] as (typeof CUSTOMER_COLUMNS)[number];
    const value = cells[position] ?? null;
    if (column.kind === 'text') {
      record[column.field] = textOrNull(value);
      continue;
    }
    const number =
      typeof value === 'number' && Number.isFinite(value) ? value : numberOrNull(value, placeOf(column.field));
    record[column.field] = number !== null && column.kind === 'date' ? dayNumberOfSerial(number) : number;
  }
  if (record.start === null) throw cellError(placeOf('start'), 'a start date', null);
  record.row ??= rowNumber;
  return record as unknown as CustomerRecord;
}
