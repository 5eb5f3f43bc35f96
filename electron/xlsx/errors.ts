/** What can be wrong with a workbook file, as error types the callers turn into messages for people. */

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
