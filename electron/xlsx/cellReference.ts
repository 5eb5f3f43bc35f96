/** Excel's cell references (`B7`, `XFD1048576`) and its limits. */
import { MalformedPartError, SheetLimitError } from './errors';

export const MAX_EXCEL_ROW = 1_048_576;
export const MAX_EXCEL_COLUMN = 16_384; // XFD

/** A row number as written in `<row r>`; throws SheetLimitError beyond Excel's last row. */
export function rowNumber(digits: string, part: string): number {
  const number = Number(digits);
  if (!Number.isInteger(number) || number < 1) throw new MalformedPartError(part, `"${digits}" is not a row number`);
  if (number > MAX_EXCEL_ROW) throw new SheetLimitError(part, `row ${digits}`);
  return number;
}

/**
 * The 1-based column of a cell reference such as `AB12`, checking its row too; throws
 * SheetLimitError for a reference beyond XFD or row 1 048 576, MalformedPartError for no reference.
 */
export function columnNumber(reference: string, part: string): number {
  let column = 0;
  let at = 0;
  for (let code = reference.charCodeAt(0); code >= 65 && code <= 90; code = reference.charCodeAt(++at)) {
    column = column * 26 + code - 64;
    if (column > MAX_EXCEL_COLUMN) throw new SheetLimitError(part, `cell ${reference}`);
  }
  const row = at < reference.length ? Number(reference.slice(at)) : NaN;
  if (column === 0 || !Number.isInteger(row) || row < 1) {
    throw new MalformedPartError(part, `"${reference}" is not a cell reference`);
  }
  if (row > MAX_EXCEL_ROW) throw new SheetLimitError(part, `cell ${reference}`);
  return column;
}
