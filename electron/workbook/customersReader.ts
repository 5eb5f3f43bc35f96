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
  const placeOf = (field: string): CellPlace => ({ ...where, row: rowNumber, column: field });
  CUSTOMER_COLUMNS.forEach((column, position) => {
    const value = cells[position] ?? null;
    const place = placeOf(column.field);
    if (column.kind === 'text') {
      record[column.field] = textOrNull(value);
    } else {
      const number = numberOrNull(value, place);
      record[column.field] = number !== null && column.kind === 'date' ? dayNumberOfSerial(number) : number;
    }
  });
  if (record.start === null) throw cellError(placeOf('start'), 'a start date', null);
  return { ...(record as unknown as CustomerRecord), row: (record.row as number | null) ?? rowNumber };
}
