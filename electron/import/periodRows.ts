/**
 * Rows of a period table into period rows: the labels are the file's own, except one that
 * names a calendar period in another way (`Jan 2024`, `Q1 2024`: shared/periodsAsWritten.ts), which is
 * saved as Pito's label (`2024-01`) and reported once (`periodLabelsRead`); the first and last
 * day are there only where Pito reads the label. The inputs are read as numbers, and the row
 * checks of docs/metrics.md, the checks of the rows as a sequence (periodSequence.ts) and the
 * comparison of the table's own lost customers with S + N − E (`lostDiffersFromFlow`) are
 * reported, never "fixed". Pito's own Periods sheet reads back: its derived columns are
 * formulas and are not mapped, so only the inputs are read.
 *
 * What imports must save, so the document's limits (shared/limits.ts) hold here: a label
 * longer than MAX_TEXT_LENGTH, or more than MAX_PERIODS periods, refuses the file as bad,
 * naming the row. A label is never cut: that would change the data without a word.
 */

import { emptyInputs, type InputField, type PeriodInputs, type PeriodRow } from '../../shared/document';
import type { MessageKey } from '../../shared/i18n';
import type { ImportIssue, ImportIssueCode, PeriodTableField } from '../../shared/importModel';
import { cellToNumber, cellToText, excelSerialToDay, type CellValue, type SheetRow } from '../../shared/parse';
import { MAX_PERIODS, MAX_TEXT_LENGTH } from '../../shared/limits';
import { formatIsoDate } from '../../shared/calendar';
import { labelDays } from '../../shared/periods';
import { readPeriodLabel, type PeriodLabelReading } from '../../shared/periodsAsWritten';
import { quoteValue } from '../../shared/quote';
import { checkRow } from '../../shared/rowChecks';
import { PitoError } from '../errors';
import type { IssueLog } from './issueLog';
import { PeriodSequenceCheck } from './periodSequence';
import { cellAt, columnName } from './rowCells';

export type PeriodColumnsMap = Partial<Record<PeriodTableField, number>>;

/** Issues that stand for every row that raises them: listed once, at the first, with a count. */
type TalliedCode = Extract<ImportIssueCode, 'periodLabelsRead' | 'lostDiffersFromFlow'>;

/** A period cell holding a date (a month typed as 1.1.2024) shows as that date; a year typed as a number as the year. */
function labelOf(cell: CellValue, date1904: boolean): string {
  if (typeof cell === 'number' && cell >= 10_000) {
    const { day } = excelSerialToDay(cell, date1904);
    if (day !== null) return formatIsoDate(day);
  }
  return cellToText(cell);
}

export class PeriodRowReader {
  private readonly rows: PeriodRow[] = [];
  /** Rows whose margin cell held a number rather than text. */
  private readonly numericMargins: PeriodRow[] = [];
  rejected = 0;
  private readonly seenLabels = new Set<string>();
  private readonly sequence: PeriodSequenceCheck;
  /** The one issue each of these stands for however many rows raise it, and how many do. */
  private readonly tallies = new Map<TalliedCode, { issue: ImportIssue; count: number }>();
  private twoDigitYearNoted = false;

  constructor(
    private readonly columns: PeriodColumnsMap,
    private readonly headers: readonly string[],
    private readonly date1904: boolean,
    private readonly log: IssueLog,
    /** Named at the start of a bad-file error. */
    private readonly fileName: string,
    /** The table's own lost customers (detect/lostColumn.ts): compared with S + N − E, never read as a figure. */
    private readonly lostColumn: number | null = null,
  ) {
    this.sequence = new PeriodSequenceCheck({
      period: this.name('period'),
      customersAtStart: this.name('customersAtStart'),
      customersAtEnd: this.name('customersAtEnd'),
    });
  }

  /** A bad-file error at one row of the period column. */
  private refuse(row: SheetRow, key: MessageKey, extra: Record<string, string | number>): PitoError {
    const column = quoteValue(this.name('period'));
    const params = { file: this.fileName, row: row.number, column, ...extra };
    return PitoError.fromReason('badFile', key, params, { file: this.fileName, row: row.number, column });
  }

  /** Refuses a label or a period count the document could not save. */
  private checkLimits(row: SheetRow, label: string): void {
    if (label.length > MAX_TEXT_LENGTH) {
      throw this.refuse(row, 'importError.periodLabelTooLong', {
        value: quoteValue(label),
        length: label.length,
        limit: MAX_TEXT_LENGTH,
      });
    }
    if (this.rows.length >= MAX_PERIODS) {
      throw this.refuse(row, 'importError.tooManyPeriodRows', { limit: MAX_PERIODS });
    }
  }

  private name(field: PeriodTableField): string {
    return columnName(this.headers, this.columns[field] ?? 0);
  }

  private inputs(row: SheetRow): PeriodInputs {
    const inputs = emptyInputs();
    for (const field of Object.keys(inputs) as InputField[]) {
      const cell = cellAt(row, this.columns[field]);
      const parsed = cellToNumber(cell);
      if (parsed.reason === 'notANumber') {
        this.log.add('unreadableNumber', row.number, this.name(field), { value: cellToText(cell) });
      }
      inputs[field] = parsed.value;
    }
    return inputs;
  }

  /** True when S, N and E are all formulas: a totals row such as Pito's own "Whole range", not a period. */
  private isFormulaRow(row: SheetRow): boolean {
    const { customersAtStart, newCustomers, customersAtEnd } = this.columns;
    return [customersAtStart, newCustomers, customersAtEnd].every(
      (column) => column !== undefined && row.formulas?.includes(column),
    );
  }

  /**
   * Counts one more row for an issue that stands for many: the first row lists it (with
   * `params`), each later one only raises its count.
   */
  private tally(code: TalliedCode, row: SheetRow, column: string, params: Record<string, string | number>): void {
    const tally = this.tallies.get(code);
    if (tally) {
      tally.count++;
      this.log.revise(tally.issue, { count: tally.count });
      return;
    }
    const issue = this.log.add(code, row.number, column, { ...params, count: 1 });
    if (issue) this.tallies.set(code, { issue, count: 1 });
  }

  /** Notes a label read in another form than Pito's own (once, with its first example), and a two-digit year. */
  private noteReading(row: SheetRow, label: string, reading: PeriodLabelReading): void {
    if (!reading.lenient) return;
    const readAs = reading.period.label;
    this.tally('periodLabelsRead', row, this.name('period'), { value: label, readAs });
    if (reading.twoDigitYear && !this.twoDigitYearNoted) {
      this.twoDigitYearNoted = true;
      this.log.add('twoDigitPeriodYear', row.number, this.name('period'), {
        value: label,
        readAs,
        year: readAs.slice(0, 4),
      });
    }
  }

  /** A lost-customers figure of the file's own that differs from S + N − E (where all four are numbers). */
  private compareLost(row: SheetRow, inputs: PeriodInputs): void {
    if (this.lostColumn === null) return;
    const { value: lost } = cellToNumber(cellAt(row, this.lostColumn));
    const { customersAtStart: start, newCustomers: added, customersAtEnd: end } = inputs;
    if (lost === null || start === null || added === null || end === null) return;
    const flow = start + added - end;
    if (Math.abs(lost - flow) <= 1e-9 * Math.max(1, Math.abs(flow))) return;
    const column = columnName(this.headers, this.lostColumn);
    this.tally('lostDiffersFromFlow', row, column, { value: lost, flow, start, added, end });
  }

  /** Reads one row; false when the row is no period (a totals row), which the report notes and does not count. */
  read(row: SheetRow): boolean {
    const cell = cellAt(row, this.columns.period);
    const label = labelOf(cell, this.date1904);
    if (this.isFormulaRow(row)) {
      this.log.add('formulaRowSkipped', row.number, this.name('period'), { value: label });
      return false;
    }
    if (label === '') {
      this.rejected++;
      this.log.add('missingPeriodLabel', row.number, this.name('period'));
      return true;
    }
    this.checkLimits(row, label);
    // Only text is read in other forms: a number cell is a year, or a date (labelOf) or a decimal, never `10.2020`.
    const reading = readPeriodLabel(label, typeof cell === 'string');
    // The label saved: Pito's own for one read in another form. A period is one however written (`Jan 2024`, `2024-01`).
    const saved = reading?.lenient ? reading.period.label : label;
    const key = reading?.period.label ?? label;
    if (this.seenLabels.has(key))
      this.log.add('duplicatePeriodLabel', row.number, this.name('period'), { value: label });
    this.seenLabels.add(key);
    if (reading) this.noteReading(row, label, reading);
    const inputs = this.inputs(row);
    for (const check of checkRow(inputs)) {
      const column = check.field ? this.name(check.field) : null;
      const value = check.field ? String(inputs[check.field]) : '';
      this.log.add(check.code, row.number, column, check.field ? { value } : {});
    }
    this.compareLost(row, inputs);
    // The checks quote the label as the file writes it, which the user will recognise.
    const period = reading?.period ?? null;
    for (const issue of this.sequence.check({ number: row.number, label, period, ...inputs }))
      this.log.add(issue.code, issue.row, issue.column, issue.params);
    const periodRow: PeriodRow = {
      id: `row-${row.number}`,
      label: saved,
      ...labelDays(saved),
      aggregated: false, // a table's figures, checked as such
      ...inputs,
    };
    this.rows.push(periodRow);
    if (typeof cellAt(row, this.columns.profitMarginPct) === 'number') this.numericMargins.push(periodRow);
    return true;
  }

  get used(): number {
    return this.rows.length;
  }

  /**
   * The rows read. A margin column whose every number is a fraction (0.25) was formatted
   * as a percentage in Excel, which stores 25 % as 0.25 (Pito's own export does the same);
   * Pito keeps percentages 0-100, so those numbers are scaled. Text such as "25 %" already
   * reads as 25 and is left alone.
   */
  finish(): PeriodRow[] {
    const fractions = this.numericMargins.every((row) => Math.abs(row.profitMarginPct ?? 0) <= 1);
    if (fractions) for (const row of this.numericMargins) row.profitMarginPct = (row.profitMarginPct ?? 0) * 100;
    return this.rows;
  }
}
