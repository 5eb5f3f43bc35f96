/** Excel's cell references (`B7`, `XFD1048576`) and its limits, read as strictly as Excel writes them. */
import { quoteValue } from '../../shared/quote';
import { SheetDataError, SheetLimitError } from './errors';

export const MAX_EXCEL_ROW = 1_048_576;
export const MAX_EXCEL_COLUMN = 16_384; // XFD

/** A row number as written in `<row r>`; throws SheetDataError when it is not one, SheetLimitError beyond Excel's last row. */
export function rowNumber(text: string, part: string): number {
  // Digits without a leading zero: `12`, not `012`, ` 12` or `1e1`.
  let number = 0;
  let at = 0;
  for (let code = text.charCodeAt(0); code >= 48 && code <= 57; code = text.charCodeAt(++at))
    number = number * 10 + code - 48;
  if (at === 0 || at !== text.length || text.charCodeAt(0) === 48) {
    const value = quoteValue(text);
    throw new SheetDataError(part, 'badRowNumber', null, null, { value }, `"${value}" is not a row number`);
  }
  if (number > MAX_EXCEL_ROW) throw new SheetLimitError(part, `row ${quoteValue(text)}`);
  return number;
}

/**
 * The 1-based column of a cell reference such as `AB12` in row `row`: throws SheetLimitError
 * for a reference beyond XFD or row 1 048 576, SheetDataError for a text that is no
 * reference or one that names another row. A reference is capital letters, then the row's
 * digits without a leading zero: `AB12`, not `ab12`, `A 12`, `A012` or `$A$12`.
 */
export function cellColumn(reference: string, row: number, part: string): number {
  // By hand rather than by a pattern: this runs for every cell of the sheet.
  let column = 0;
  let at = 0;
  for (let code = reference.charCodeAt(0); code >= 65 && code <= 90; code = reference.charCodeAt(++at)) {
    column = column * 26 + code - 64;
  }
  const digits = at;
  let cellRow = 0;
  for (let code = reference.charCodeAt(at); code >= 48 && code <= 57; code = reference.charCodeAt(++at)) {
    cellRow = cellRow * 10 + code - 48;
  }
  const leadingZero = reference.charCodeAt(digits) === 48;
  if (column === 0 || at === digits || leadingZero || at !== reference.length) {
    const value = quoteValue(reference);
    throw new SheetDataError(
      part,
      'badCellReference',
      row,
      null,
      { value },
      `"${value}" in row ${row} is not a cell reference`,
    );
  }
  if (column > MAX_EXCEL_COLUMN || cellRow > MAX_EXCEL_ROW) {
    throw new SheetLimitError(part, `cell ${quoteValue(reference)}`);
  }
  if (cellRow !== row) {
    throw new SheetDataError(part, 'cellInOtherRow', row, reference, {}, `cell ${reference} is in row ${row}`);
  }
  return column;
}
