/**
 * `report` on a workbook Pito saved: opened as the app's Open opens it (readRetentionWorkbook),
 * not imported as a table, so what the workbook holds comes back as Pito wrote it, with the
 * edits made to its inputs in Excel. Without --period its periods are reported as saved; a
 * --period of another kind regroups its saved customers as the import groups a list. A
 * workbook of periods alone (a period table) cannot be regrouped, and says so.
 */
import { basename } from 'node:path';
import type { ImportReport, ImportShape } from '../../shared/importModel';
import type { PeriodKind } from '../../shared/periods';
import { PitoError } from '../errors';
import { aggregateList } from '../import/buildDocument';
import type { ImportResult } from '../import/importFile';
import { readRetentionWorkbook } from '../workbook/readWorkbook';
import type { ReportArgs } from './args';
import { hasOverrides } from './mappingOverrides';

/** What was read, as the report says it: every row of the sheet used, nothing mapped, no issue. */
function openedReport(fileName: string, sheet: string, shape: ImportShape, rows: number): ImportReport {
  return {
    fileName,
    sheet,
    shape,
    rowsRead: rows,
    rowsUsed: rows,
    rowsRejected: 0,
    issues: [],
    issuesOmitted: 0,
    // Pito reads its own sheets by their own headers: no column is mapped to a field.
    mapping: {},
    // Its dates are stored as dates, so no day/month order is needed (the order itself is moot).
    dateOrder: { order: 'dayFirst', basis: 'notNeeded', evidence: null },
  };
}

function regroupError(fileName: string, periodKind: PeriodKind): PitoError {
  const params = { file: fileName, period: periodKind };
  return PitoError.fromReason('invalidRequest', 'documentError.report.cannotRegroup', params, { file: fileName });
}

export async function reportWorkbook(path: string, args: ReportArgs): Promise<ImportResult> {
  const fileName = basename(path);
  if (args.sheet !== null || hasOverrides(args.overrides)) {
    const params = { file: fileName };
    throw PitoError.fromReason('invalidRequest', 'documentError.report.importOptions', params, { file: fileName });
  }
  const { document, customers, sheets } = await readRetentionWorkbook(path);
  const periodKind = args.periodKind ?? document.settings.periodKind;
  if (periodKind === document.settings.periodKind) {
    const report = openedReport(fileName, sheets.periods, 'periodTable', document.periods.length);
    return { document, report, customers };
  }
  if (customers === null || sheets.customers === null) throw regroupError(fileName, periodKind);
  // As the app regroups a list when its period kind changes: new periods and cohorts, the rest kept.
  const { periods, cohorts } = aggregateList(customers, periodKind, fileName);
  return {
    document: { ...document, settings: { ...document.settings, periodKind }, periods, cohorts },
    report: openedReport(fileName, sheets.customers, 'customerList', customers.length),
    customers,
  };
}
