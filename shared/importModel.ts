/**
 * What an import reads and reports, shared by the main side (readers, CLI) and the
 * renderer (mapping step, report panel). The raw customer list itself never leaves
 * the main side.
 */
import { INPUT_FIELDS } from './document';

/** Columns of a customer list, one row per customer. */
export const CUSTOMER_FIELDS = [
  'customerId',
  'startDate',
  'endDate',
  'purchases',
  'revenue',
  'npsScore',
  'npsDate',
  'segment',
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

/** Columns of an aggregated period table (Pito's own export among them). */
export const PERIOD_TABLE_FIELDS = ['period', ...INPUT_FIELDS] as const;
export type PeriodTableField = (typeof PERIOD_TABLE_FIELDS)[number];

export type ImportShape = 'customerList' | 'periodTable';

/** Which 0-based column of the sheet feeds each field; a field left out is not read. */
export type ColumnMapping =
  | { shape: 'customerList'; columns: Partial<Record<CustomerField, number>> }
  | { shape: 'periodTable'; columns: Partial<Record<PeriodTableField, number>> };

export interface ImportPreview {
  fileName: string;
  /** Every sheet of a workbook; empty for CSV. */
  sheets: string[];
  sheet: string | null;
  /** 1-based row number of the header row, as the spreadsheet shows it. */
  headerRow: number;
  headers: string[];
  /** The detected mapping, for the user to confirm or change. */
  mapping: ColumnMapping;
  /** The first data rows as displayed text, for the mapping step's preview. */
  previewRows: string[][];
}

export type ImportIssueSeverity = 'error' | 'warning';

/**
 * Every issue an import can report, with its severity: an `error` rejects the row (it is
 * never counted), a `warning` keeps the row and says what was left out or looks wrong.
 * The codes are stable: the UI translates `importIssue.<code>` with the issue's params.
 */
export const IMPORT_ISSUE_SEVERITIES = {
  missingStartDate: 'error',
  unreadableStartDate: 'error',
  unreadableEndDate: 'error',
  endBeforeStart: 'error',
  missingPeriodLabel: 'error',
  duplicateId: 'warning',
  npsOutOfRange: 'warning',
  npsNotWhole: 'warning',
  unreadableNpsDate: 'warning',
  unreadableNumber: 'warning',
  negativeNumber: 'warning',
  duplicatePeriodLabel: 'warning',
  formulaRowSkipped: 'warning',
  negativeCount: 'warning',
  fractionalCount: 'warning',
  retainedExceedsStart: 'warning',
  negativeRetained: 'warning',
  retainedWithoutStart: 'warning',
} as const satisfies Record<string, ImportIssueSeverity>;
export type ImportIssueCode = keyof typeof IMPORT_ISSUE_SEVERITIES;
export const IMPORT_ISSUE_CODES = Object.keys(IMPORT_ISSUE_SEVERITIES) as ImportIssueCode[];

export interface ImportIssue {
  severity: ImportIssueSeverity;
  /** A stable code the UI translates as `importIssue.<code>`, for example `unreadableStartDate` or `duplicateId`. */
  code: ImportIssueCode;
  /** 1-based row number as the spreadsheet shows it; null for file-wide issues. */
  row: number | null;
  /** The column's header text; null when the issue is about the whole row. */
  column: string | null;
  /** The English sentence, for the CLI and logs; the UI builds its own from code and params. */
  message: string;
  /** The placeholders of the message template: `row`, `column`, `value` and the code's own. */
  params?: Record<string, string | number>;
}

export interface ImportReport {
  fileName: string;
  sheet: string | null;
  shape: ImportShape;
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  /** Rejected rows (the first 200) and warnings. */
  issues: ImportIssue[];
  /** How many more issues there were than `issues` lists. */
  issuesOmitted: number;
}

export interface ImportProgress {
  jobId: string;
  rowsRead: number;
  /** Null while the total is unknown (a streamed workbook). */
  totalRows: number | null;
}
