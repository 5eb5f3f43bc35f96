/** What can be wrong with a workbook file, as error types the callers turn into messages for people. */
import { quoteValue } from '../../shared/quote';

/** The archive itself is damaged, truncated or not a zip file; the message says how. */
export class ZipFormatError extends Error {}

/** A part unpacks to more than it declares, or the archive to more than the cap: the message names the part. */
export class ZipBombError extends Error {}

/** A part's XML stops before its root element closes: the message names the part. */
export class TruncatedPartError extends Error {}

/** A part's XML is not what the format allows (an unclosed tag, a row number that is not a number). */
export class MalformedPartError extends Error {
  constructor(
    readonly part: string,
    detail: string,
  ) {
    super(`${part}: ${detail}`);
  }
}

/** A cell or row reference beyond Excel's limits, which a hostile file uses to make a reader allocate without end. */
export class SheetLimitError extends Error {
  constructor(
    readonly part: string,
    readonly reference: string,
  ) {
    super(`${part} refers to ${reference}`);
  }
}

/** The longest text Excel lets a cell hold. */
export const MAX_CELL_TEXT = 32_767;

/** What a sheet's data can break, each a catalog message (`readerError.xlsx.<kind>`) the caller shows. */
export type SheetDataProblem =
  | 'cellTooLong'
  | 'rowTooLarge'
  | 'notANumber'
  | 'notATruthValue'
  | 'badSharedStringIndex'
  | 'missingSharedString'
  | 'cellNotClosed'
  | 'rowNotClosed'
  | 'badCellReference'
  | 'cellInOtherRow'
  | 'cellsOutOfOrder'
  | 'badRowNumber'
  | 'rowsOutOfOrder';

/**
 * A sheet's data breaks a rule Excel keeps (a value that is not of its cell's type, rows or
 * cells out of order, a cell longer than Excel allows): the file was not written by Excel
 * or is damaged, and reading on would give wrong values. `params` fill the catalog message
 * (values already cut to a quotable length); `row` and `cell` say where, when known.
 */
export class SheetDataError extends MalformedPartError {
  constructor(
    part: string,
    readonly problem: SheetDataProblem,
    readonly row: number | null,
    readonly cell: string | null,
    readonly params: Readonly<Record<string, string | number>>,
    detail: string,
  ) {
    super(part, detail);
  }
}

/** A shared string item longer than Excel lets a cell hold; `item` counts from 0, as cells refer to it. */
export class SharedStringTooLongError extends MalformedPartError {
  constructor(
    part: string,
    readonly item: number,
  ) {
    super(part, `string item ${item} is longer than ${MAX_CELL_TEXT} characters`);
  }
}

/** Two zip entries share a name (ignoring case, as the package format compares names): which one is meant is not known. */
export class DuplicatePartError extends ZipFormatError {
  constructor(readonly part: string) {
    super(`it holds two parts named ${quoteValue(part)}`);
  }
}
