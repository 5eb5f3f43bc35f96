/**
 * The mapping step's preview: the sheet to use (the requested one, else the first in
 * workbook order whose header row maps), its header row, the detected mapping and the
 * first rows of data as text. Only the top of each sheet is read.
 */
import { formatIsoDate } from '../../shared/calendar';
import type { ColumnMapping, ImportPreview } from '../../shared/importModel';
import { cellToDay, cellToText, type CellValue } from '../../shared/parse';
import { HEADER_SEARCH_ROWS } from './headerMatch';
import { isEmptyRow } from './rowCells';
import {
  headerTexts,
  holdsNoData,
  noHeaderError,
  noSuchSheetError,
  readSheetHead,
  sheetEmptyError,
  type SheetHead,
} from './sheetHead';
import type { SourceBook } from './sourceRows';

export const PREVIEW_ROWS = 10;

const DATE_FIELDS = new Set(['startDate', 'endDate', 'npsDate']);

/** Date columns show as dates (a workbook hands them over as serial numbers). */
function displayText(cell: CellValue, field: string | undefined, date1904: boolean): string {
  if (field !== undefined && DATE_FIELDS.has(field) && typeof cell === 'number') {
    const { day } = cellToDay(cell, date1904);
    if (day !== null) return formatIsoDate(day);
  }
  return cellToText(cell);
}

function previewRows(head: SheetHead, mapping: ColumnMapping, date1904: boolean): string[][] {
  const fieldOf = new Map(Object.entries(mapping.columns).map(([field, column]) => [column, field]));
  const below = head.rows.slice((head.header?.index ?? 0) + 1).filter((row) => !isEmptyRow(row));
  return below
    .slice(0, PREVIEW_ROWS)
    .map((row) => row.cells.map((cell, column) => displayText(cell, fieldOf.get(column), date1904)));
}

/** The first sheet, in workbook order, that maps, once every sheet before it has been seen. */
function chosenSheet(
  sheetNames: readonly (string | null)[],
  heads: Map<string | null, SheetHead>,
): string | null | undefined {
  for (const name of sheetNames) {
    const head = heads.get(name);
    if (head === undefined) return undefined;
    if (head.header) return name;
  }
  return undefined;
}

export async function previewBook(
  book: SourceBook,
  fileName: string,
  requested: string | null,
): Promise<ImportPreview> {
  if (requested !== null && book.sheetNames.length > 0 && !book.sheetNames.includes(requested)) {
    throw noSuchSheetError(fileName, requested, book.sheetNames);
  }
  const order: (string | null)[] =
    requested !== null ? [requested] : book.sheetNames.length > 0 ? book.sheetNames : [null];
  const heads = new Map<string | null, SheetHead>();
  let chosen: string | null | undefined;
  for await (const sheet of book.sheets) {
    if (!order.includes(sheet.name)) continue;
    const head = await readSheetHead(sheet, HEADER_SEARCH_ROWS + PREVIEW_ROWS);
    await head.rest.return?.();
    heads.set(sheet.name, head);
    chosen = chosenSheet(order, heads);
    if (chosen !== undefined) break;
  }
  if (chosen === undefined) {
    const firstSeen = order.find((name) => heads.has(name)) ?? order[0] ?? null;
    const allEmpty = [...heads.values()].every(holdsNoData);
    throw allEmpty ? sheetEmptyError(fileName, firstSeen) : noHeaderError(fileName, firstSeen);
  }
  const head = heads.get(chosen) as SheetHead;
  const header = head.header as NonNullable<SheetHead['header']>;
  const headerRow = head.rows[header.index];
  return {
    fileName,
    sheets: book.sheetNames,
    sheet: chosen,
    headerRow: headerRow?.number ?? 1,
    headers: headerTexts(headerRow),
    mapping: header.mapping,
    previewRows: previewRows(head, header.mapping, book.date1904),
  };
}
