/**
 * The import as the app's handlers and the CLI use it: a preview of the file for the
 * mapping step, then the whole read off the main thread into a document and a report.
 */
import { basename } from 'node:path';
import { localToday, type DayNumber } from '../../shared/calendar';
import type { CustomerRecord } from '../../shared/customers';
import type { PitoDocument, UiLanguage } from '../../shared/document';
import type { ColumnMapping, ImportPreview, ImportReport } from '../../shared/importModel';
import type { PeriodKind } from '../../shared/periods';
import { aggregateList, customerListDocument, periodTableDocument } from './buildDocument';
import { customerRecordsOf } from './customerColumns';
import { withFutureDates } from './futureDates';
import type { ReadLimits } from './openSource';
import { runInWorker, type WorkerOptions } from './workerClient';

export interface ImportOptions extends WorkerOptions {
  limits?: ReadLimits;
  /** The day of the import, for dates after it (futureDates.ts); today by default. */
  today?: DayNumber;
}

export interface ImportRequest {
  sheet: string | null;
  /** Null: the mapping detected from the header row, read in the same pass. */
  mapping: ColumnMapping | null;
  periodKind: PeriodKind;
  language?: UiLanguage;
}

export interface ImportResult {
  document: PitoDocument;
  report: ImportReport;
  /** The customers of a customer list (kept on the main side for re-aggregation and the workbook); null for a period table. */
  customers: CustomerRecord[] | null;
}

export async function previewImport(
  path: string,
  sheet: string | null,
  options: ImportOptions = {},
): Promise<ImportPreview> {
  const answer = await runInWorker({ kind: 'preview', path, sheet, limits: options.limits ?? {} }, options);
  if (answer.type !== 'preview') throw new Error(`the import worker answered a preview with ${answer.type}`);
  return answer.preview;
}

export async function runImport(
  path: string,
  request: ImportRequest,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const { sheet, mapping, periodKind, language = 'en' } = request;
  const answer = await runInWorker({ kind: 'read', path, sheet, mapping, limits: options.limits ?? {} }, options);
  if (answer.type !== 'table') throw new Error(`the import worker answered a read with ${answer.type}`);
  const { table } = answer;
  if (table.shape === 'periodTable') {
    return {
      document: periodTableDocument(table.periods, periodKind, language),
      report: table.report,
      customers: null,
    };
  }
  const customers = customerRecordsOf(table.customers);
  const list = aggregateList(customers, periodKind, basename(path));
  const report = withFutureDates(table.report, customers, options.today ?? localToday());
  return { document: customerListDocument(list, periodKind, language), report, customers };
}
