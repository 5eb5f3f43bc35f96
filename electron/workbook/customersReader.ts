/**
 * Reads the Customers sheet back into customer records, row by row as the streaming
 * reader delivers them, so reopening a workbook restores the list that Save writes again.
 *
 * A million records stay in memory, so each one is built as one object literal (every
 * field in the object itself, one shape for all, no property store grown key by key), and
 * its texts are kept lean: a text seen before (a segment, usually one of a few) is shared,
 * and a text of 13 characters or more, which V8 would keep as a slice of the parser's whole
 * XML chunk, is copied out so the chunk can go.
 */
import type { CustomerRecord } from '../../shared/customers';
import type { CellValue } from '../../shared/parse';
import { cellError, numberOrNull, textOrNull } from './cellValues';
import { CUSTOMER_COLUMNS, dayNumberOfSerial, type CustomerColumnField } from './customersLayout';

/** Where the sheet is, for messages. */
export interface CustomersSheetPlace {
  file: string;
  sheet: string;
}

/** Distinct texts shared per column at most; past that a column's texts are taken to be unique (ids). */
const SHARED_TEXTS_PER_COLUMN = 1000;
/** V8 makes a substring this long a slice that keeps its whole parent string alive. */
const SLICE_MIN_LENGTH = 13;

const POSITION = Object.fromEntries(CUSTOMER_COLUMNS.map((column, position) => [column.field, position])) as Record<
  CustomerColumnField,
  number
>;

/** A copy that does not point into the string it came from (a flat string of its own). */
function detached(text: string): string {
  return text.length < SLICE_MIN_LENGTH ? text : (' ' + text).slice(1);
}

/** Turns the Customers sheet's rows into records; one reader per sheet (it remembers the texts it has seen). */
export function createCustomerReader(
  where: CustomersSheetPlace,
): (cells: CellValue[], rowNumber: number) => CustomerRecord {
  const seen = CUSTOMER_COLUMNS.map(() => new Map<string, string>());

  const textAt = (cells: CellValue[], field: CustomerColumnField): string | null => {
    const position = POSITION[field];
    const text = textOrNull(cells[position] ?? null);
    if (text === null) return null;
    const texts = seen[position] as Map<string, string>;
    const shared = texts.get(text);
    if (shared !== undefined) return shared;
    const kept = detached(text);
    if (texts.size < SHARED_TEXTS_PER_COLUMN) texts.set(kept, kept);
    return kept;
  };

  const numberAt = (cells: CellValue[], rowNumber: number, field: CustomerColumnField): number | null => {
    const position = POSITION[field];
    const value = cells[position] ?? null;
    if (value === null) return null;
    // The cell's place is built only for an error message: not for a million rows of nine cells.
    const number =
      typeof value === 'number' && Number.isFinite(value)
        ? value
        : numberOrNull(value, { ...where, row: rowNumber, column: field });
    return number !== null && CUSTOMER_COLUMNS[position]?.kind === 'date' ? dayNumberOfSerial(number) : number;
  };

  // The fields are read in column order, so the first bad cell of a row is the one reported.
  return (cells, rowNumber) => {
    const row = numberAt(cells, rowNumber, 'row') ?? rowNumber;
    const id = textAt(cells, 'id');
    const start = numberAt(cells, rowNumber, 'start');
    if (start === null) throw cellError({ ...where, row: rowNumber, column: 'start' }, 'noStartDate');
    return {
      row,
      id,
      start,
      end: numberAt(cells, rowNumber, 'end'),
      purchases: numberAt(cells, rowNumber, 'purchases'),
      revenue: numberAt(cells, rowNumber, 'revenue'),
      npsScore: numberAt(cells, rowNumber, 'npsScore'),
      npsDate: numberAt(cells, rowNumber, 'npsDate'),
      segment: textAt(cells, 'segment'),
    };
  };
}
