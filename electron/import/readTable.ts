/**
 * The import itself: the chosen sheet read row by row under the confirmed mapping into
 * customer records (a customer list) or period rows (a period table), with the report.
 */
import type { PeriodRow } from '../../shared/document';
import type { ColumnMapping, ImportReport } from '../../shared/importModel';
import { PitoError } from '../errors';
import { type CustomerColumns } from './customerColumns';
import { CustomerRowReader } from './customerRows';
import { HEADER_SEARCH_ROWS } from './headerMatch';
import { IssueLog } from './issueLog';
import { PeriodRowReader } from './periodRows';
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
import type { SourceBook, SourceRow, SourceSheet } from './sourceRows';

export interface ReadRequest {
  sheet: string | null;
  /** The confirmed mapping; null to use the one detected from the header row (the CLI, in one pass). */
  mapping: ColumnMapping | null;
}

export type TableRead =
  | { shape: 'customerList'; report: ImportReport; customers: CustomerColumns }
  | { shape: 'periodTable'; report: ImportReport; periods: PeriodRow[] };

export type ProgressListener = (rowsRead: number, totalRows: number | null) => void;

const REQUIRED: Record<ColumnMapping['shape'], readonly string[]> = {
  customerList: ['startDate'],
  periodTable: ['period', 'customersAtStart', 'newCustomers', 'customersAtEnd'],
};

function checkMapping(mapping: ColumnMapping): void {
  const missing = REQUIRED[mapping.shape].filter((field) => !(field in mapping.columns));
  if (missing.length > 0) {
    throw new PitoError(
      'invalidRequest',
      `The column mapping leaves out ${missing.join(', ')}, which a ${mapping.shape} needs.`,
    );
  }
}

/** The sheet to read: the requested one, or the first whose header row maps. */
async function findSheet(
  book: SourceBook,
  fileName: string,
  requested: string | null,
): Promise<{ sheet: SourceSheet; head: SheetHead }> {
  if (requested !== null && book.sheetNames.length > 0 && !book.sheetNames.includes(requested)) {
    throw noSuchSheetError(fileName, requested, book.sheetNames);
  }
  let first: { name: string | null; head: SheetHead } | null = null;
  for await (const sheet of book.sheets) {
    if (requested !== null && sheet.name !== requested) continue;
    const head = await readSheetHead(sheet, HEADER_SEARCH_ROWS);
    first ??= { name: sheet.name, head };
    if (head.header || requested !== null) return { sheet, head };
    await head.rest.return?.();
  }
  const name = first?.name ?? requested;
  throw first === null || holdsNoData(first.head) ? sheetEmptyError(fileName, name) : noHeaderError(fileName, name);
}

async function* remainingRows(head: SheetHead, from: number): AsyncGenerator<SourceRow[]> {
  yield head.rows.slice(from);
  for (let next = await head.rest.next(); !next.done; next = await head.rest.next()) yield next.value;
}

export async function readTable(
  book: SourceBook,
  fileName: string,
  request: ReadRequest,
  onProgress: ProgressListener,
): Promise<TableRead> {
  if (request.mapping) checkMapping(request.mapping);
  const { sheet, head } = await findSheet(book, fileName, request.sheet);
  if (!head.header)
    throw holdsNoData(head) ? sheetEmptyError(fileName, sheet.name) : noHeaderError(fileName, sheet.name);
  const headers = headerTexts(head.rows[head.header.index]);
  const log = new IssueLog();
  const mapping = request.mapping ?? head.header.mapping;
  const reader =
    mapping.shape === 'customerList'
      ? new CustomerRowReader(mapping.columns, headers, book.date1904, log)
      : new PeriodRowReader(mapping.columns, headers, book.date1904, log);
  let rowsRead = 0;
  let rowsSeen = 0;
  for await (const batch of remainingRows(head, head.header.index + 1)) {
    for (const row of batch) {
      if (!isEmptyRow(row) && reader.read(row)) rowsRead++;
    }
    rowsSeen += batch.length;
    onProgress(rowsSeen, sheet.totalRows === null ? null : Math.max(sheet.totalRows - head.header.index - 1, rowsSeen));
  }
  if (rowsRead === 0) {
    const where = sheet.name === null ? fileName : `${fileName}: sheet "${sheet.name}"`;
    throw new PitoError('badFile', `${where} has a header row but no rows of data below it.`, { file: fileName });
  }
  const report: ImportReport = {
    fileName,
    sheet: sheet.name,
    shape: mapping.shape,
    rowsRead,
    rowsUsed: rowsRead - reader.rejected,
    rowsRejected: reader.rejected,
    issues: log.issues,
    issuesOmitted: log.omitted,
  };
  return reader instanceof CustomerRowReader
    ? { shape: 'customerList', report, customers: reader.records.finish() }
    : { shape: 'periodTable', report, periods: reader.finish() };
}
