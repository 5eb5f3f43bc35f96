/**
 * The top of a sheet, where the header row is searched, and the errors about sheets
 * that preview and import share.
 */
import { cellToText } from '../../shared/parse';
import { PitoError } from '../errors';
import { findHeaderRow, HEADER_SEARCH_ROWS, type HeaderFound } from './headerMatch';
import { isEmptyRow } from './rowCells';
import type { SourceRow, SourceSheet } from './sourceRows';

export interface SheetHead {
  /** The first rows read, header search rows and a few more. */
  rows: SourceRow[];
  header: HeaderFound | null;
  /** The rest of the sheet, batch by batch. */
  rest: AsyncIterator<SourceRow[]>;
  /** True when the sheet had no more rows than `rows`. */
  ended: boolean;
}

export function headerTexts(row: SourceRow | undefined): string[] {
  return (row?.cells ?? []).map(cellToText);
}

export async function readSheetHead(sheet: SourceSheet, rowsWanted: number): Promise<SheetHead> {
  const rest = sheet.rows[Symbol.asyncIterator]();
  const rows: SourceRow[] = [];
  let ended = false;
  while (rows.length < rowsWanted) {
    const next = await rest.next();
    if (next.done) {
      ended = true;
      break;
    }
    rows.push(...next.value);
  }
  const header = findHeaderRow(rows.slice(0, HEADER_SEARCH_ROWS).map(headerTexts));
  return { rows, header, rest, ended };
}

function where(fileName: string, sheet: string | null): string {
  return sheet === null ? fileName : `${fileName}: sheet "${sheet}"`;
}

export function sheetEmptyError(fileName: string, sheet: string | null): PitoError {
  return new PitoError('badFile', `${where(fileName, sheet)} is empty: it has no rows to import.`, { file: fileName });
}

export function noHeaderError(fileName: string, sheet: string | null): PitoError {
  return new PitoError(
    'badFile',
    `${where(fileName, sheet)} has no recognisable header row in its first ${HEADER_SEARCH_ROWS} rows. ` +
      'A customer list needs a start date column (for example "Start date" or "Aloituspäivä"); a period table needs ' +
      'the columns "Period", "Customers at start", "New customers" and "Customers at end" (or "Jakso", "Asiakkaat alussa", ' +
      '"Uudet asiakkaat", "Asiakkaat lopussa").',
    { file: fileName },
  );
}

export function noSuchSheetError(fileName: string, sheet: string, sheetNames: readonly string[]): PitoError {
  const known = sheetNames.map((name) => `"${name}"`).join(', ');
  return new PitoError('badFile', `${fileName} has no sheet named "${sheet}"; its sheets are ${known}.`, {
    file: fileName,
  });
}

/** True when the rows read hold nothing but empty rows. */
export function holdsNoData(head: SheetHead): boolean {
  return head.ended && head.rows.every(isEmptyRow);
}
