/**
 * Plain cell values as electron/xlsx reads them, and the typed getters that turn a wrong
 * value into a message naming the file, sheet, row and column.
 */
import { PitoError } from '../errors';

export type PlainValue = string | number | boolean | null;
/** A sheet row's plain values, index 0 for column A. */
export type PlainRow = PlainValue[];

export interface CellPlace {
  file: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** The column's header as the sheet shows it. */
  column: string;
}

export function cellError(place: CellPlace, expected: string, found: PlainValue): PitoError {
  return new PitoError(
    'badFile',
    `${place.file}: sheet "${place.sheet}", row ${place.row}, column "${place.column}": expected ${expected}, found "${String(found)}".`,
    { file: place.file, row: place.row, column: place.column },
  );
}

const isBlank = (value: PlainValue) => value === null || (typeof value === 'string' && value.trim() === '');

/** A number, or null for a blank cell; text or a truth value is an error. */
export function numberOrNull(value: PlainValue, place: CellPlace): number | null {
  if (isBlank(value)) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw cellError(place, 'a number or an empty cell', value);
}

/** Text as written; a number typed where text belongs (a year label, an id) becomes its digits. */
export function textOrNull(value: PlainValue): string | null {
  if (value === null || value === '') return null;
  return typeof value === 'string' ? value : String(value);
}
