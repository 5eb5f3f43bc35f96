/**
 * One cell, and one row of cells, as the readers hand them over: the XLSX reader gives
 * numbers, text and booleans (formula cells by their cached result), the CSV reader gives
 * text. A date cell of a workbook arrives as its serial number, so dates and numbers are
 * read here by what the column is meant to hold, not by how the cell was formatted.
 */
import type { DateOrder } from '../importModel';
import { excelSerialToDay, parseDateText, type ParsedDate } from './date';
import { parseNumberText, type NumberLocale, type ParsedNumber } from './number';

export type CellValue = string | number | boolean | null;

/** One row of a sheet (a CSV file is one sheet) as the readers hand it over. */
export interface SheetRow {
  /** 1-based row number as the spreadsheet (or a text editor, for CSV records) shows it. */
  number: number;
  /** Cells by 0-based column (index 0 for column A); a missing or empty cell is null. */
  cells: CellValue[];
  /** 0-based columns whose cells are formulas (read by their cached result); absent when none are. */
  formulas?: number[];
}

export function cellToNumber(value: CellValue, locale: NumberLocale = 'neutral'): ParsedNumber {
  if (typeof value === 'number') return { value, reason: null };
  if (value === null) return { value: null, reason: 'empty' };
  if (typeof value === 'boolean') return { value: null, reason: 'notANumber' };
  return parseNumberText(value, locale);
}

export function cellToDay(value: CellValue, date1904 = false, order: DateOrder = 'dayFirst'): ParsedDate {
  if (value === null) return { day: null, reason: 'empty' };
  if (typeof value === 'boolean') return { day: null, reason: 'notADate' };
  if (typeof value === 'number') {
    // Eight digits are a compact date typed as a number (20240201); serial numbers stop at 2 958 465.
    const compact = Number.isInteger(value) && value >= 10_000_000 && value <= 99_999_999;
    return compact ? parseDateText(String(value)) : excelSerialToDay(value, date1904);
  }
  return parseDateText(value, date1904, order);
}

/** The cell as text, for identifiers, segments, headers and the mapping preview. */
export function cellToText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return typeof value === 'number' ? String(value) : value.trim();
}
