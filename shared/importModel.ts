/**
 * What an import reads and reports, shared by the main side (readers, CLI) and the
 * renderer (mapping step, report panel). The raw customer list itself never leaves
 * the main side.
 */
import { INPUT_FIELDS } from './document';
import type { CellValue } from './parse';

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

/** The customer-list fields that hold dates: their day/month order is decided per file. */
export const CUSTOMER_DATE_FIELDS = ['startDate', 'endDate', 'npsDate'] as const satisfies readonly CustomerField[];

/** The fields without which a file of each shape cannot be imported. */
export const REQUIRED_FIELDS = {
  customerList: ['startDate'],
  periodTable: ['period', 'customersAtStart', 'newCustomers', 'customersAtEnd'],
} as const satisfies { customerList: readonly CustomerField[]; periodTable: readonly PeriodTableField[] };

/**
 * How a date written `03/04/2024` (or `03-04-2024`) is read: 3 April (`dayFirst`) or
 * March 4 (`monthFirst`). One order for the whole file, so one column is never read both ways.
 */
export type DateOrder = 'dayFirst' | 'monthFirst';
export const DATE_ORDERS = ['dayFirst', 'monthFirst'] as const satisfies readonly DateOrder[];

interface MappingChoices {
  dateOrder: DateOrder;
  /** True when the user chose the date order (even the one Pito proposed), so the report no longer calls it assumed. */
  dateOrderChosen?: boolean;
  /** The fields whose column the user chose (even the one Pito proposed): read as certain, never asked about again. */
  chosenFields?: MappingField[];
}

/** Which 0-based column of the sheet feeds each field; a field left out is not read. */
export type ColumnMapping =
  | ({ shape: 'customerList'; columns: Partial<Record<CustomerField, number>> } & MappingChoices)
  | ({ shape: 'periodTable'; columns: Partial<Record<PeriodTableField, number>> } & MappingChoices);

export type MappingField = CustomerField | PeriodTableField;

/** 0 → A, 25 → Z, 26 → AA, as a spreadsheet labels its columns. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A → 0, AA → 26; null for anything that is not a column's letters (up to XFD, Excel's last). */
export function columnIndexOfLetter(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index <= 16_384 ? index - 1 : null;
}

/**
 * Why the date order is what it is:
 * - `values`: a date column has a value only one order can read (`13/01/2024`, `01/13/2024`);
 * - `fileHints`: no value tells, but the file is Finnish-style (dates with dots, a `;`
 *   delimiter, decimal commas or Finnish headers), which writes the day first;
 * - `assumed`: nothing tells; the order is Pito's default and the user is asked to check it;
 * - `notNeeded`: no date in the file is written in a way the order changes;
 * - `user`: the user chose it.
 */
export type DateOrderBasis = 'values' | 'fileHints' | 'assumed' | 'notNeeded' | 'user';

export interface DateOrderDecision {
  order: DateOrder;
  basis: DateOrderBasis;
  /** The value that decided it (basis `values`), or the first value either order reads. */
  evidence: SeenCell | null;
}

/** A value as the mapping step and messages name it. */
export interface SeenCell {
  row: number;
  column: string;
  value: string;
}

export interface DateOrderConflict {
  dayFirst: SeenCell;
  monthFirst: SeenCell;
}

/** What most of a column's values are, from the rows the preview reads. */
export type ValueKind = 'blank' | 'date' | 'score' | 'count' | 'number' | 'text';

/** A column's values, profiled from the rows the preview reads (shares are of the filled cells). */
export interface ColumnProfile {
  column: number;
  header: string;
  filled: number;
  blank: number;
  /** Share of filled cells that read as a date. */
  dateShare: number;
  /** Share of filled cells that read as a number. */
  numberShare: number;
  /** Share of filled cells that are whole numbers 0 or more. */
  wholeShare: number;
  /** Share of filled cells that are whole numbers 0-10 (an NPS score). */
  scoreShare: number;
  /** Share of filled cells that are numbers with a fractional part (money). */
  fractionShare: number;
  /** The largest number among the filled cells; null when none is a number. */
  largest: number | null;
  kind: ValueKind;
}

/** A field mapped with less confidence than this is read, and the mapping step and the report ask to check it. */
export const UNCERTAIN_BELOW = 0.6;

/** How sure the detection is of each mapped field, 0-1 (1: the user chose it, or Pito's own column name). */
export type MappingConfidence = Partial<Record<MappingField, number>>;

/** One mapped field as the report and the CLI name it. */
export interface MappedColumn {
  /** The column's letter, as the spreadsheet shows it. */
  column: string;
  header: string;
  confidence: number;
}

export interface ImportPreview {
  fileName: string;
  /** Every sheet of a workbook; empty for CSV. */
  sheets: string[];
  sheet: string | null;
  /** 1-based row number of the header row, as the spreadsheet shows it. */
  headerRow: number;
  headers: string[];
  /**
   * False when no row of the first ones reads as a header: `headerRow` is then the first
   * row with text, nothing is mapped, and the user maps every field by hand.
   */
  headerFound: boolean;
  /** The proposed mapping: the one the user last confirmed for these headers, else the detected one. */
  mapping: ColumnMapping;
  /** True when `mapping` is the one remembered from an earlier import of a file with the same headers. */
  remembered: boolean;
  confidence: MappingConfidence;
  dateOrder: DateOrderDecision;
  /** Dates only day first reads and dates only month first reads, in the rows read: the import will refuse the file. */
  dateConflict: DateOrderConflict | null;
  /** Every column of the header row, profiled from the rows read. */
  profiles: ColumnProfile[];
  /** The workbook's 1904 date system flag, to read serial numbers in `previewRows`. */
  date1904: boolean;
  /** The first data rows as the file holds them; the mapping step shows each as the import will read it. */
  previewRows: CellValue[][];
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
  noEndDateColumn: 'warning',
  unmappedDateColumn: 'warning',
  unmappedScoreColumn: 'warning',
  unusedNumberColumns: 'warning',
  lastRowCutShort: 'warning',
  headerHoldsData: 'warning',
  rowAboveHeader: 'warning',
  revenueWithoutPurchases: 'warning',
  rowWiderThanHeader: 'warning',
  uncertainColumn: 'warning',
  dayFirstAssumed: 'warning',
  monthFirstAssumed: 'warning',
  duplicateId: 'warning',
  npsOutOfRange: 'warning',
  npsNotWhole: 'warning',
  unreadableNpsDate: 'warning',
  unreadableNumber: 'warning',
  negativeNumber: 'warning',
  duplicatePeriodLabel: 'warning',
  // A note rather than a fault: labels read in another form than Pito's, saved as Pito's (`Jan 2024` → 2024-01).
  periodLabelsRead: 'warning',
  twoDigitPeriodYear: 'warning',
  unreadablePeriodLabel: 'warning',
  mixedPeriodKinds: 'warning',
  periodsOutOfOrder: 'warning',
  periodsDoNotChain: 'warning',
  lostDiffersFromFlow: 'warning',
  datesAfterToday: 'warning',
  formulaRowSkipped: 'warning',
  negativeCount: 'warning',
  fractionalCount: 'warning',
  retainedExceedsStart: 'warning',
  negativeRetained: 'warning',
  retainedWithoutStart: 'warning',
  invalidUtf8: 'warning',
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
  /** The columns that were read, field by field. */
  mapping: Partial<Record<MappingField, MappedColumn>>;
  dateOrder: DateOrderDecision;
}

export interface ImportProgress {
  jobId: string;
  rowsRead: number;
  /** Null while the total is unknown (a streamed workbook). */
  totalRows: number | null;
}
