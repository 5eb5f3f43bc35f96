/** Small helpers the row readers share: empty rows and column names for messages. */
import type { CellValue } from '../../shared/parse';
import type { SourceRow } from './sourceRows';

export function isEmptyRow(row: SourceRow): boolean {
  return row.cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

export function cellAt(row: SourceRow, column: number | undefined): CellValue {
  return column === undefined ? null : (row.cells[column] ?? null);
}

/** The header text of a column, or its letter where the header is blank. */
export function columnName(headers: readonly string[], column: number): string {
  const header = headers[column]?.trim();
  if (header) return header;
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `column ${letters}`;
}
