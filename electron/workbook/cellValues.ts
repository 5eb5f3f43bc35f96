/**
 * Cell values as the reader meets them, reduced to plain values, and the typed getters
 * that turn a wrong value into a message naming the file, sheet, row and column.
 */
import type ExcelJS from 'exceljs';
import { PitoError } from '../errors';

export type PlainValue = string | number | boolean | null;
/** A sheet row's plain values, index 0 for column A. */
export type PlainRow = PlainValue[];

const MS_PER_DAY = 86_400_000;
const EXCEL_SERIAL_OF_EPOCH = 25569;

/**
 * The value a person sees in the cell: a formula's cached result, rich text as its text,
 * a hyperlink's text; an error value counts as blank.
 */
export function plainValue(value: ExcelJS.CellValue | undefined): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + EXCEL_SERIAL_OF_EPOCH;
  if ('result' in value) return plainValue(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null; // an error value (#DIV/0!, #REF!), or a formula never calculated
}

/** A row of the streaming reader as plain values from column A. */
export function plainRow(values: ExcelJS.CellValue[] | { [key: string]: ExcelJS.CellValue }): PlainRow {
  const cells = Array.isArray(values) ? values : Object.values(values);
  const row: PlainRow = [];
  for (let column = 1; column < cells.length; column++) row.push(plainValue(cells[column]));
  return row;
}

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
