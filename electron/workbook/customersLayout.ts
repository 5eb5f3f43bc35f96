/**
 * The columns of the Customers sheet, for the writer and the reader. Dates are Excel
 * serial day numbers with a date format, converted from Pito's day numbers by whole-day
 * arithmetic only, so no time zone can shift them.
 */
import type { CustomerRecord } from '../../shared/customers';
import type { MessageKey } from '../../shared/i18n';

export type CustomerColumnField = keyof CustomerRecord;

export interface CustomerColumn {
  field: CustomerColumnField;
  header: MessageKey;
  kind: 'integer' | 'text' | 'date' | 'number';
  width: number;
}

export const CUSTOMER_COLUMNS: readonly CustomerColumn[] = [
  { field: 'row', header: 'workbook.customers.row', kind: 'integer', width: 10 },
  { field: 'id', header: 'workbook.customers.id', kind: 'text', width: 18 },
  { field: 'start', header: 'workbook.customers.start', kind: 'date', width: 12 },
  { field: 'end', header: 'workbook.customers.end', kind: 'date', width: 12 },
  { field: 'purchases', header: 'workbook.customers.purchases', kind: 'number', width: 10 },
  { field: 'revenue', header: 'workbook.customers.revenue', kind: 'number', width: 12 },
  { field: 'npsScore', header: 'workbook.customers.npsScore', kind: 'integer', width: 10 },
  { field: 'npsDate', header: 'workbook.customers.npsDate', kind: 'date', width: 12 },
  { field: 'segment', header: 'workbook.customers.segment', kind: 'text', width: 16 },
];

/** Excel's serial number of 1970-01-01 (day number 0) in the 1900 date system. */
const EXCEL_SERIAL_OF_EPOCH = 25569;

export function excelSerialOf(day: number): number {
  return day + EXCEL_SERIAL_OF_EPOCH;
}

export function dayNumberOfSerial(serial: number): number {
  return Math.floor(serial) - EXCEL_SERIAL_OF_EPOCH;
}
