/**
 * The top of a sheet, where the header row is searched, and the errors about sheets
 * that preview and import share.
 */
import { cellToText, type SheetRow } from '../../shared/parse';
import type { MessageKey } from '../../shared/i18n';
import { quoteValue } from '../../shared/quote';
import { PitoError } from '../errors';
import { HEADER_SEARCH_ROWS, PROFILE_ROWS } from './detect/detectMapping';
import { isEmptyRow } from './rowCells';
import type { SourceSheet } from './sourceBook';

/** A bad-file error whose message is the English of its catalog reason, so the CLI and the UI say the same. */
export function badFile(key: MessageKey, params: Record<string, string | number>, fileName: string): PitoError {
  return PitoError.fromReason('badFile', key, params, { file: fileName });
}

export interface SheetHead {
  /** The first rows read: the rows searched for the header and the rows profiled below it. */
  rows: SheetRow[];
  /** The rest of the sheet, batch by batch. */
  rest: AsyncIterator<SheetRow[]>;
  /** True when the sheet had no more rows than `rows`. */
  ended: boolean;
}

export function headerTexts(row: SheetRow | undefined): string[] {
  return (row?.cells ?? []).map(cellToText);
}

/** How many rows the head holds: enough for the header search and the profile of the rows below the header. */
export const HEAD_ROWS = HEADER_SEARCH_ROWS + PROFILE_ROWS;

export async function readSheetHead(sheet: SourceSheet, rowsWanted = HEAD_ROWS): Promise<SheetHead> {
  const rest = sheet.rows[Symbol.asyncIterator]();
  const rows: SheetRow[] = [];
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

export function sheetEmptyError(fileName: string, sheet: string | null): PitoError {
  return sheet === null
    ? badFile('importError.emptyTable', { file: fileName }, fileName)
    : badFile('importError.emptySheet', { file: fileName, sheet: quoteValue(sheet) }, fileName);
}

export function noSuchSheetError(fileName: string, sheet: string, sheetNames: readonly string[]): PitoError {
  const sheets = quoteValue(sheetNames.map((name) => `"${name}"`).join(', '));
  return badFile('importError.noSuchSheet', { file: fileName, sheet: quoteValue(sheet), sheets }, fileName);
}

/** True when the rows read hold nothing but empty rows. */
export function holdsNoData(head: SheetHead): boolean {
  return head.ended && head.rows.every(isEmptyRow);
}
