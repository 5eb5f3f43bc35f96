/** Small helpers the row readers share: empty rows and column names for messages. */
import { columnLetter } from '../../shared/importModel';
import type { CellValue, SheetRow } from '../../shared/parse';

export function isEmptyRow(row: SheetRow): boolean {
  return row.cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

/** True when the row holds a value in a column at `from` or right of it. */
export function hasValueFrom(row: SheetRow, from: number): boolean {
  for (let column = from; column < row.cells.length; column++) {
    const cell = row.cells[column];
    if (cell !== null && cell !== undefined && !(typeof cell === 'string' && cell.trim() === '')) return true;
  }
  return false;
}

export function cellAt(row: SheetRow, column: number | undefined): CellValue {
  return column === undefined ? null : (row.cells[column] ?? null);
}

/** The header text of a column, or its letter where the header is blank. */
export function columnName(headers: readonly string[], column: number): string {
  const header = headers[column]?.trim();
  return header ? header : `column ${columnLetter(column)}`;
}
