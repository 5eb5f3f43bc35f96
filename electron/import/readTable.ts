/**
 * The import itself: the chosen sheet read row by row under the confirmed mapping into
 * customer records (a customer list) or period rows (a period table), with the report.
 */
import type { PeriodRow } from '../../shared/document';
import {
  columnLetter,
  REQUIRED_FIELDS,
  type ColumnMapping,
  type DateOrderDecision,
  type ImportReport,
  type MappedColumn,
  type MappingField,
} from '../../shared/importModel';
import { fieldName } from '../../shared/i18n/fieldNames';
import type { SheetRow } from '../../shared/parse';
import { quoteValue } from '../../shared/quote';
import { PitoError } from '../errors';
import { type CustomerColumns } from './customerColumns';
import { CustomerRowReader } from './customerRows';
import { detectSheet, type SheetDetection } from './detect/detectMapping';
import { lostCustomersColumn } from './detect/lostColumn';
import { IssueLog } from './issueLog';
import { noteUnplacedColumns } from './mappingNotes';
import { PeriodRowReader } from './periodRows';
import { hasValueFrom, isEmptyRow } from './rowCells';
import { badFile, holdsNoData, noSuchSheetError, readSheetHead, sheetEmptyError, type SheetHead } from './sheetHead';
import type { SourceBook, SourceSheet } from './sourceBook';

export interface ReadRequest {
  sheet: string | null;
  /** The confirmed mapping; null to use the one detected from the header row (the CLI, in one pass). */
  mapping: ColumnMapping | null;
}

export type TableRead =
  | { shape: 'customerList'; report: ImportReport; customers: CustomerColumns }
  | { shape: 'periodTable'; report: ImportReport; periods: PeriodRow[] };

export type ProgressListener = (rowsRead: number, totalRows: number | null) => void;

/** A mapping that leaves out a field its shape needs is refused, naming the fields and the columns that could be them. */
function checkMapping(mapping: ColumnMapping, detection: SheetDetection, fileName: string): void {
  const columns = mapping.columns as Partial<Record<MappingField, number>>;
  const missing = (REQUIRED_FIELDS[mapping.shape] as readonly MappingField[]).filter(
    (field) => columns[field] === undefined,
  );
  if (missing.length === 0) return;
  const names = missing.map((field) => `"${fieldName(field, 'en')}"`).join(', ');
  const shape = mapping.shape === 'customerList' ? 'a customer list' : 'a period table';
  const dateColumns = detection.profiles
    .filter((profile) => profile.kind === 'date')
    .map((profile) => `${columnLetter(profile.column)} "${profile.header}"`);
  const hint =
    mapping.shape === 'customerList' && dateColumns.length > 0
      ? ` The columns that hold dates are ${dateColumns.join(', ')}.`
      : '';
  throw new PitoError('invalidRequest', `${fileName}: no column is chosen for ${names}, which ${shape} needs.${hint}`, {
    file: fileName,
    reason: {
      key: 'importError.missingFields',
      params: { fields: missing.join(', '), shape: mapping.shape },
      // The renderer names the fields and the shape in its language from these codes.
    },
  });
}

/** The sheet to read: the requested one, or the first whose header row Pito recognises, else the first with data. */
async function findSheet(
  book: SourceBook,
  fileName: string,
  requested: string | null,
): Promise<{ sheet: SourceSheet; head: SheetHead; detection: SheetDetection }> {
  if (requested !== null && book.sheetNames.length > 0 && !book.sheetNames.includes(requested)) {
    throw noSuchSheetError(fileName, requested, book.sheetNames);
  }
  let first: { sheet: SourceSheet; head: SheetHead; detection: SheetDetection } | null = null;
  for await (const sheet of book.sheets) {
    if (requested !== null && sheet.name !== requested) continue;
    const head = await readSheetHead(sheet);
    const detection = detectSheet(head.rows, { delimiter: book.delimiter });
    const seen = { sheet, head, detection };
    if (detection.headerFound || requested !== null) return seen;
    if (first === null && !holdsNoData(head)) first = seen;
    else await head.rest.return?.();
  }
  if (first) return first;
  throw sheetEmptyError(fileName, requested ?? book.sheetNames[0] ?? null);
}

/** The date order the import reads with: the detected decision, or the user's choice. */
function dateOrderOf(mapping: ColumnMapping, detection: SheetDetection): DateOrderDecision {
  const detected = detection.dateOrder;
  if (detected && detected.order === mapping.dateOrder && !(mapping.dateOrderChosen && detected.basis !== 'values'))
    return detected;
  return { order: mapping.dateOrder, basis: 'user', evidence: null };
}

/** The columns read, field by field, with the detection's confidence; a column the user chose is certain. */
function mappedColumns(mapping: ColumnMapping, detection: SheetDetection): Partial<Record<MappingField, MappedColumn>> {
  const detected = detection.mapping.columns as Partial<Record<MappingField, number>>;
  const columns = mapping.columns as Partial<Record<MappingField, number>>;
  const chosen = new Set<MappingField>(mapping.chosenFields ?? []);
  return Object.fromEntries(
    (Object.entries(columns) as [MappingField, number][]).map(([field, column]) => [
      field,
      {
        column: columnLetter(column),
        header: detection.headers[column] ?? '',
        confidence: detected[field] === column && !chosen.has(field) ? (detection.confidence[field] ?? 1) : 1,
      },
    ]),
  );
}

async function* remainingRows(head: SheetHead, from: number): AsyncGenerator<SheetRow[]> {
  yield head.rows.slice(from);
  for (let next = await head.rest.next(); !next.done; next = await head.rest.next()) yield next.value;
}

export async function readTable(
  book: SourceBook,
  fileName: string,
  request: ReadRequest,
  onProgress: ProgressListener,
): Promise<TableRead> {
  const { sheet, head, detection } = await findSheet(book, fileName, request.sheet);
  const mapping = request.mapping ?? detection.mapping;
  checkMapping(mapping, detection, fileName);
  const headerRow = head.rows[detection.headerIndex];
  const headers = detection.headers;
  const log = new IssueLog();
  const dateOrder = dateOrderOf(mapping, detection);
  const mapped = mappedColumns(mapping, detection);
  noteUnplacedColumns(log, mapping, detection, dateOrder, headerRow?.number ?? 1, mapped);
  const reader =
    mapping.shape === 'customerList'
      ? new CustomerRowReader(mapping.columns, headers, { date1904: book.date1904, dateOrder, fileName }, log)
      : new PeriodRowReader(
          mapping.columns,
          headers,
          book.date1904,
          log,
          fileName,
          lostCustomersColumn(detection.profiles, Object.values(mapping.columns)),
        );
  let rowsRead = 0;
  let rowsSeen = 0;
  // Values right of the last header are read by no field: two lines joined into one look so.
  let firstWideRow: number | null = null;
  for await (const batch of remainingRows(head, detection.headerIndex + 1)) {
    for (const row of batch) {
      if (isEmptyRow(row)) continue;
      if (reader.read(row)) rowsRead++;
      if (firstWideRow === null && row.cells.length > headers.length && hasValueFrom(row, headers.length)) {
        firstWideRow = row.number;
      }
    }
    rowsSeen += batch.length;
    onProgress(
      rowsSeen,
      sheet.totalRows === null ? null : Math.max(sheet.totalRows - detection.headerIndex - 1, rowsSeen),
    );
  }
  for (const warning of book.decodeWarnings) log.add(warning.code, warning.row, null);
  if (firstWideRow !== null) log.add('rowWiderThanHeader', firstWideRow, null, { columns: headers.length });
  if (rowsRead === 0) {
    throw sheet.name === null
      ? badFile('importError.noDataRows', { file: fileName }, fileName)
      : badFile('importError.noDataRowsInSheet', { file: fileName, sheet: quoteValue(sheet.name) }, fileName);
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
    mapping: mapped,
    dateOrder,
  };
  return reader instanceof CustomerRowReader
    ? { shape: 'customerList', report, customers: reader.records.finish() }
    : { shape: 'periodTable', report, periods: reader.finish() };
}
