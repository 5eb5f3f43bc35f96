/**
 * Rows of a period table into period rows: the labels are the file's own (first and last
 * day only where Pito can read the label), the inputs are read as numbers, and the row
 * checks of docs/metrics.md and the checks of the rows as a sequence (periodSequence.ts)
 * are reported, never "fixed". Pito's own Periods sheet reads back: its derived columns
 * are formulas and are not mapped, so only the inputs are read.
 *
 * What imports must save, so the document's limits (shared/limits.ts) hold here: a label
 * longer than MAX_TEXT_LENGTH, or more than MAX_PERIODS periods, refuses the file as bad,
 * naming the row. A label is never cut: that would change the data without a word.
 */

import { emptyInputs, type InputField, type PeriodInputs, type PeriodRow } from '../../shared/document';
import type { MessageKey } from '../../shared/i18n';
import type { PeriodTableField } from '../../shared/importModel';
import { cellToNumber, cellToText, excelSerialToDay, type CellValue, type SheetRow } from '../../shared/parse';
import { MAX_PERIODS, MAX_TEXT_LENGTH } from '../../shared/limits';
import { formatIsoDate } from '../../shared/calendar';
import { labelDays, parsePeriodLabel } from '../../shared/periods';
import { quoteValue } from '../../shared/quote';
import { checkRow } from '../../shared/rowChecks';
import { PitoError } from '../errors';
import type { IssueLog } from './issueLog';
import { PeriodSequenceCheck } from './periodSequence';
import { cellAt, columnName } from './rowCells';

export type PeriodColumnsMap = Partial<Record<PeriodTableField, number>>;

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

  constructor(
    private readonly columns: PeriodColumnsMap,
    private readonly headers: readonly string[],
    private readonly date1904: boolean,
    private readonly log: IssueLog,
    /** Named at the start of a bad-file error. */
    private readonly fileName: string,
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

  /** Reads one row; false when the row is no period (a totals row), which the report notes and does not count. */
  read(row: SheetRow): boolean {
    const label = labelOf(cellAt(row, this.columns.period), this.date1904);
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
    if (this.seenLabels.has(label))
      this.log.add('duplicatePeriodLabel', row.number, this.name('period'), { value: label });
    this.seenLabels.add(label);
    const inputs = this.inputs(row);
    for (const check of checkRow(inputs)) {
      const column = check.field ? this.name(check.field) : null;
      const value = check.field ? String(inputs[check.field]) : '';
      this.log.add(check.code, row.number, column, check.field ? { value } : {});
    }
    const period = parsePeriodLabel(label);
    for (const issue of this.sequence.check({ number: row.number, label, period, ...inputs }))
      this.log.add(issue.code, issue.row, issue.column, issue.params);
    const periodRow: PeriodRow = {
      id: `row-${row.number}`,
      label,
      ...labelDays(label),
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
