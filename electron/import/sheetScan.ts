/**
 * A scan of a worksheet's XML as it is unpacked, before exceljs parses it: counts the
 * rows (the total for progress) and finds cell references beyond Excel's limits
 * (row 1 048 576, column XFD), which a hostile file uses to make a reader allocate
 * millions of columns.
 */

export const MAX_EXCEL_ROW = 1_048_576;
export const MAX_EXCEL_COLUMN = 16_384; // XFD

/** A quick test for ` r="…"` values that may be out of range: 4+ letters, 3 letters after XFD, or a 7+ digit row. */
const SUSPECT_HINT = /\sr="(?:[A-Z]{4,}|[YZ][A-Z]{2}\d|X[G-Z][A-Z]\d|XF[E-Z]\d|[A-Z]*\d{7,}")/;
const REFERENCE = /\sr="([A-Z]*)(\d*)"/g;
const ROW_TAG = /<row[\s>]/g;
/** Longest text a reference match can span, kept from one chunk to the next. */
const CARRY = 64;

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters) number = number * 26 + letter.charCodeAt(0) - 64;
  return number;
}

export class SheetScanner {
  rowCount = 0;
  /** The first reference beyond Excel's limits, as `row 1048577` or `cell XFE2`. */
  outOfRange: string | null = null;
  private carry = '';

  push(chunk: Buffer): void {
    const text = this.carry + chunk.toString('latin1');
    // Rows are counted in the new text only, so a tag split across chunks is counted once.
    const fresh = text.slice(Math.max(0, this.carry.length - 4)); // '<row' may end the carry, uncounted
    this.rowCount += fresh.match(ROW_TAG)?.length ?? 0;
    if (this.outOfRange === null && SUSPECT_HINT.test(text)) this.findOutOfRange(text);
    this.carry = text.slice(-CARRY);
  }

  private findOutOfRange(text: string): void {
    for (const match of text.matchAll(REFERENCE)) {
      const [, letters = '', digits = ''] = match;
      const row = digits === '' ? 0 : Number(digits);
      if (columnNumber(letters) > MAX_EXCEL_COLUMN || row > MAX_EXCEL_ROW) {
        this.outOfRange = letters === '' ? `row ${digits}` : `cell ${letters}${digits}`;
        return;
      }
    }
  }
}
