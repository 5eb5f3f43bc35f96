/**
 * The mapping step's preview: the sheet to use (the requested one, else the first in
 * workbook order whose header row Pito recognises, else the first that holds anything),
 * its header row, the detected mapping with its confidence, each column's profile, the
 * date order and the first rows of data. Only the top of each sheet is read.
 *
 * A sheet whose header Pito does not recognise still previews, with nothing mapped: the
 * user maps the columns by hand. Only a file with nothing in it is refused here.
 */
import type { ImportPreview } from '../../shared/importModel';
import { detectSheet, type SheetDetection } from './detect/detectMapping';
import { isEmptyRow } from './rowCells';
import { holdsNoData, noSuchSheetError, readSheetHead, sheetEmptyError, type SheetHead } from './sheetHead';
import type { SourceBook } from './sourceBook';

export const PREVIEW_ROWS = 10;

interface SeenSheet {
  head: SheetHead;
  detection: SheetDetection;
}

/** The sheet to preview once every sheet before it has been seen: the first recognised, else the first not empty. */
function chosenSheet(
  order: readonly (string | null)[],
  seen: Map<string | null, SeenSheet>,
  allSeen: boolean,
): string | null | undefined {
  for (const name of order) {
    const sheet = seen.get(name);
    if (sheet === undefined) return undefined;
    if (sheet.detection.headerFound) return name;
  }
  if (!allSeen) return undefined;
  return order.find((name) => !holdsNoData(seen.get(name)?.head as SheetHead));
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
  const seen = new Map<string | null, SeenSheet>();
  let chosen: string | null | undefined;
  for await (const sheet of book.sheets) {
    if (!order.includes(sheet.name)) continue;
    const head = await readSheetHead(sheet);
    await head.rest.return?.();
    seen.set(sheet.name, { head, detection: detectSheet(head.rows, { delimiter: book.delimiter }) });
    chosen = chosenSheet(order, seen, false);
    if (chosen !== undefined) break;
  }
  chosen ??= chosenSheet(order, seen, true);
  if (chosen === undefined) throw sheetEmptyError(fileName, order.find((name) => seen.has(name)) ?? order[0] ?? null);
  const { head, detection } = seen.get(chosen) as SeenSheet;
  const below = head.rows.slice(detection.headerIndex + 1).filter((row) => !isEmptyRow(row));
  return {
    fileName,
    sheets: book.sheetNames,
    sheet: chosen,
    headerRow: head.rows[detection.headerIndex]?.number ?? 1,
    headers: detection.headers,
    headerFound: detection.headerFound,
    mapping: detection.mapping,
    remembered: false,
    confidence: detection.confidence,
    dateOrder: detection.dateOrder ?? { order: detection.mapping.dateOrder, basis: 'assumed', evidence: null },
    dateConflict: detection.dateConflict,
    profiles: detection.profiles,
    date1904: book.date1904,
    previewRows: below
      .slice(0, PREVIEW_ROWS)
      .map((row) => detection.headers.map((_, column) => row.cells[column] ?? null)),
  };
}
