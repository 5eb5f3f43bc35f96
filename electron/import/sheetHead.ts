/**
 * The top of a sheet, where the header row is searched, and the errors about sheets
 * that preview and import share.
 */
import { cellToText } from '../../shared/parse';
import { PitoError } from '../errors';
import { HEADER_SEARCH_ROWS, PROFILE_ROWS } from './detect/detectMapping';
import { isEmptyRow } from './rowCells';
import type { SourceRow, SourceSheet } from './sourceRows';

export interface SheetHead {
  /** The first rows read: the rows searched for the header and the rows profiled below it. */
  rows: SourceRow[];
  /** The rest of the sheet, batch by batch. */
  rest: AsyncIterator<SourceRow[]>;
  /** True when the sheet had no more rows than `rows`. */
  ended: boolean;
}

export function headerTexts(row: SourceRow | undefined): string[] {
  return (row?.cells ?? []).map(cellToText);
}

/** How many rows the head holds: enough for the header search and the profile of the rows below the header. */
export const HEAD_ROWS = HEADER_SEARCH_ROWS + PROFILE_ROWS;

export async function readSheetHead(sheet: SourceSheet, rowsWanted = HEAD_ROWS): Promise<SheetHead> {
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
  return { rows, rest, ended };
}

function where(fileName: string, sheet: string | null): string {
  return sheet === null ? fileName : `${fileName}: sheet "${sheet}"`;
}

export function sheetEmptyError(fileName: string, sheet: string | null): PitoError {
  return new PitoError('badFile', `${where(fileName, sheet)} is empty: it has no rows to import.`, { file: fileName });
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
