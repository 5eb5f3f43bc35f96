/**
 * The typed getters of a workbook's cell values, as electron/xlsx reads them: a wrong value
 * becomes a message naming the file, sheet, row and column.
 */
import type { CellValue } from '../../shared/parse';
import { quoteValue } from '../../shared/quote';
import { PitoError } from '../errors';

export interface CellPlace {
  file: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** The column's header as the sheet shows it. */
  column: string;
}

/** What a cell should have held: a number (or nothing), or a value a row cannot do without. */
export type CellProblem = 'notANumber' | 'noStartDate' | 'noPeriodLabel';

export function cellError(place: CellPlace, problem: CellProblem, found: CellValue = null): PitoError {
  const params: Record<string, string | number> = {
    file: place.file,
    sheet: quoteValue(place.sheet),
    row: place.row,
    column: quoteValue(place.column),
  };
  if (problem === 'notANumber') params.value = quoteValue(String(found));
  return PitoError.fromReason('badFile', `documentError.cell.${problem}`, params, {
    file: place.file,
    row: place.row,
    column: place.column,
  });
}

const isBlank = (value: CellValue) => value === null || (typeof value === 'string' && value.trim() === '');

/** A number, or null for a blank cell; text or a truth value is an error. */
export function numberOrNull(value: CellValue, place: CellPlace): number | null {
  if (isBlank(value)) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw cellError(place, 'notANumber', value);
}

/** Text as written; a number typed where text belongs (a year label, an id) becomes its digits. */
export function textOrNull(value: CellValue): string | null {
  if (value === null || value === '') return null;
  return typeof value === 'string' ? value : String(value);
}
