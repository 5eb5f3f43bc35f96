/**
 * What a reader hands the import: the sheets of a file, each a stream of rows in
 * batches (one promise per batch, not per row, keeps a million rows quick).
 */
import type { ImportIssueCode } from '../../shared/importModel';
import type { SheetRow } from '../../shared/parse';

/** A report warning about the file's text, found while the rows are read: the issue's code and row. */
export interface DecodeWarning {
  code: ImportIssueCode;
  row: number;
}

export interface SourceSheet {
  /** The sheet's name; null for a CSV file. */
  name: string | null;
  /** How many rows the sheet holds, where the reader knows before reading them. */
  totalRows: number | null;
  rows: AsyncIterable<SheetRow[]>;
}

export interface SourceBook {
  /** Every sheet name in workbook order; empty for CSV. */
  sheetNames: string[];
  /** The workbook's 1904 date system flag: serial numbers count from 1904-01-01. */
  date1904: boolean;
  /** A CSV file's delimiter (a hint for the date order: `;` is written where the day comes first); null for a workbook. */
  delimiter: string | null;
  /**
   * Warnings about the file's text, filled as the rows are read (so complete once they have
   * been read to the end): a CSV's `invalidUtf8` at the row of its first bytes that are not UTF-8.
   */
  decodeWarnings: DecodeWarning[];
  /** The sheets in the order the file stores them. Each must be read (or left) before the next. */
  sheets: AsyncIterable<SourceSheet>;
}
