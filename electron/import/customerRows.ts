/**
 * Rows of a customer list into customer records, with the checks of docs/metrics.md: a row
 * without a readable start date, or with an end before its start, is rejected and
 * reported; doubtful values (an NPS score outside 0-10, a number that is no number) are
 * reported and left out, and the row is kept.
 */
import { formatIsoDate, type DayNumber } from '../../shared/calendar';
import type { CustomerRecord } from '../../shared/customers';
import type { CustomerField, DateOrderDecision, ImportIssueCode } from '../../shared/importModel';
import { cellToDay, cellToNumber, cellToText, type SheetRow } from '../../shared/parse';
import { CustomerColumnsBuilder } from './customerColumns';
import { contradictedOrderError, mixedDateOrderError, onlyOrderOf } from './detect/dateOrder';
import type { IssueLog } from './issueLog';
import { cellAt, columnName } from './rowCells';

export type CustomerColumnsMap = Partial<Record<CustomerField, number>>;

export interface CustomerReadOptions {
  fileName: string;
  date1904: boolean;
  /** The file's one day/month order; a date only the other order reads stops the import (see dateOrder.ts). */
  dateOrder: DateOrderDecision;
}

export class CustomerRowReader {
  readonly records = new CustomerColumnsBuilder();
  rejected = 0;
  private readonly firstRowOfId = new Map<string, number>();

  constructor(
    private readonly columns: CustomerColumnsMap,
    private readonly headers: readonly string[],
    private readonly options: CustomerReadOptions,
    private readonly log: IssueLog,
  ) {}

  /** A date cell in the file's order; one that only the other order can read means the order is wrong. */
  private day(row: SheetRow, field: CustomerField) {
    const cell = cellAt(row, this.columns[field]);
    const { date1904, dateOrder, fileName } = this.options;
    if (typeof cell === 'string') {
      const only = onlyOrderOf(cell);
      if (only !== null && only !== dateOrder.order) {
        const seen = { row: row.number, column: this.name(field), value: cell.trim() };
        const { basis, evidence } = dateOrder;
        // A value decided the order and this one contradicts it: no order reads the file, it is written both ways.
        if (basis === 'values' && evidence) {
          const [dayFirst, monthFirst] = only === 'monthFirst' ? [evidence, seen] : [seen, evidence];
          throw mixedDateOrderError(fileName, { dayFirst, monthFirst });
        }
        throw contradictedOrderError(fileName, seen, dateOrder);
      }
    }
    return cellToDay(cell, date1904, dateOrder.order);
  }

  private name(field: CustomerField): string {
    return columnName(this.headers, this.columns[field] ?? 0);
  }

  private reject(code: ImportIssueCode, row: SheetRow, field: CustomerField, extra: Record<string, string> = {}): true {
    this.rejected++;
    const value = cellToText(cellAt(row, this.columns[field]));
    this.log.add(code, row.number, this.name(field), { value, ...extra });
    return true; // the row was read, and rejected
  }

  private warn(code: ImportIssueCode, row: SheetRow, field: CustomerField): void {
    this.log.add(code, row.number, this.name(field), { value: cellToText(cellAt(row, this.columns[field])) });
  }

  /** A date that may be missing, and whether the cell held something that is no date. */
  private optionalDate(row: SheetRow, field: CustomerField): { day: DayNumber | null; unreadable: boolean } {
    const parsed = this.day(row, field);
    return { day: parsed.day, unreadable: parsed.day === null && parsed.reason !== 'empty' };
  }

  /** A number that may be missing; unreadable or negative ones are reported and left out. */
  private optionalNumber(row: SheetRow, field: CustomerField): number | null {
    const parsed = cellToNumber(cellAt(row, this.columns[field]));
    if (parsed.reason === 'notANumber') this.warn('unreadableNumber', row, field);
    if (parsed.value === null || parsed.value >= 0) return parsed.value;
    this.warn('negativeNumber', row, field);
    return null;
  }

  private npsScore(row: SheetRow): number | null {
    const { value: score, reason } = cellToNumber(cellAt(row, this.columns.npsScore));
    if (reason === 'notANumber') this.warn('unreadableNumber', row, 'npsScore');
    if (score === null) return null;
    if (!Number.isInteger(score)) this.warn('npsNotWhole', row, 'npsScore');
    else if (score < 0 || score > 10) this.warn('npsOutOfRange', row, 'npsScore');
    else return score;
    return null;
  }

  private noteDuplicate(row: SheetRow, id: string): void {
    const first = this.firstRowOfId.get(id);
    if (first === undefined) this.firstRowOfId.set(id, row.number);
    else this.log.add('duplicateId', row.number, this.name('customerId'), { value: id, firstRow: first });
  }

  /** Reads one row; always true (every row of a customer list is data, used or rejected). */
  read(row: SheetRow): boolean {
    const start = this.day(row, 'startDate');
    if (start.day === null) {
      return this.reject(start.reason === 'empty' ? 'missingStartDate' : 'unreadableStartDate', row, 'startDate');
    }
    const end = this.optionalDate(row, 'endDate');
    if (end.unreadable) return this.reject('unreadableEndDate', row, 'endDate');
    if (end.day !== null && end.day < start.day) {
      return this.reject('endBeforeStart', row, 'endDate', {
        value: formatIsoDate(end.day),
        start: formatIsoDate(start.day),
      });
    }
    const id = cellToText(cellAt(row, this.columns.customerId)) || null;
    if (id !== null) this.noteDuplicate(row, id);
    const npsDate = this.optionalDate(row, 'npsDate');
    if (npsDate.unreadable) this.warn('unreadableNpsDate', row, 'npsDate');
    const record: CustomerRecord = {
      row: row.number,
      id,
      start: start.day,
      end: end.day,
      purchases: this.optionalNumber(row, 'purchases'),
      revenue: this.optionalNumber(row, 'revenue'),
      npsScore: this.npsScore(row),
      npsDate: npsDate.day,
      segment: cellToText(cellAt(row, this.columns.segment)) || null,
    };
    this.records.push(record);
    return true;
  }
}
