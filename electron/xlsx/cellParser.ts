/**
 * The cells of a `<row>` element, one whole `<c>` element at a time, as plain values:
 * numbers, text (shared, inline, or a formula's text result), truth values; a formula cell
 * gives its cached `<v>`. The sheet parser finds each cell's end and hands it in whole, so
 * no tag here is split across chunks. Values are read as strictly as Excel writes them: a
 * number cell that holds no number, or a shared-string index that names no string, is a
 * damaged file, never a blank.
 */
import type { CellValue, SheetRow } from '../../shared/parse';
import { columnLetter } from '../../shared/importModel';
import { cellColumn, MAX_EXCEL_COLUMN } from './cellReference';
import { quoteValue } from '../../shared/quote';
import { MalformedPartError, MAX_CELL_TEXT, SheetDataError, SheetLimitError } from './errors';
import { decodeCellText, decodeXml, isNameEnd, runsText, scanAttributes } from './xmlText';

export interface CellOptions {
  sharedStrings: readonly string[];
  /** An error cell (`#DIV/0!`) as its text; otherwise as null. */
  errorsAsText: boolean;
}

/** The element names of a sheet, with the namespace prefix its writer chose (`x:` in some .NET writers). */
export class SheetTags {
  readonly cell: string;
  readonly cellEnd: string;
  readonly value: string;
  readonly valueEnd: string;
  readonly formula: string;
  readonly row: string;
  readonly rowEnd: string;
  readonly dataEnd: string;
  constructor(readonly prefix: string) {
    this.cell = `<${prefix}c`;
    this.cellEnd = `</${prefix}c>`;
    this.value = `<${prefix}v`;
    this.valueEnd = `</${prefix}v>`;
    this.formula = `<${prefix}f`;
    this.row = `<${prefix}row`;
    this.rowEnd = `</${prefix}row`;
    this.dataEnd = `</${prefix}sheetData>`;
  }
}

const ISO_DATE = /^\d{4}-\d\d-\d\d(?:T|$)/;
/** XML's white space, which a schema-typed value may have around it. */
const AROUND = /^[ \t\r\n]+|[ \t\r\n]+$/g;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * A number as XML Schema's double writes it (Excel's `<v>`: `42`, `-1.5E+3`, `.5`), or NaN for
 * anything else — NaN and INF too, which Excel never writes. By hand rather than by a pattern,
 * as this runs for every number of the sheet: `Number` reads the decimal forms strictly, and
 * what else it reads (`0x10`, `0b1`, `Infinity`, space around) fails the checks on the ends.
 */
function schemaNumber(text: string): number {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (!(isDigit(first) || first === 43 || first === 45 || first === 46) || !(isDigit(last) || last === 46)) return NaN;
  if (first === 48 && text.length > 1 && !isDigit(text.charCodeAt(1)) && text.charCodeAt(1) !== 46) {
    const second = text.charCodeAt(1) | 32;
    if (second === 120 || second === 98 || second === 111) return NaN; // 0x, 0b, 0o
  }
  const number = Number(text);
  return Number.isFinite(number) ? number : NaN;
}

/** A whole number written in digits only, or -1. */
function digitsNumber(text: string): number {
  if (text.length === 0) return -1;
  for (let at = 0; at < text.length; at++) if (!isDigit(text.charCodeAt(at))) return -1;
  return Number(text);
}

/** `C12`: where a message says the damage is. */
export function cellName(column: number, row: number): string {
  return `${columnLetter(column - 1)}${row}`; // column is 1-based here, as Excel counts
}

export class RowCellReader {
  private reference: string | null = null;
  private type: string | null = null;
  private readonly onAttribute = (name: string, value: string): void => {
    if (name === 'r') this.reference = value;
    else if (name === 't') this.type = value;
  };

  constructor(
    private readonly tags: SheetTags,
    private readonly options: CellOptions,
    private readonly part: string,
  ) {}

  /** Scans the start tag of the cell whose name ends at `from`; returns the index of its `>`, or -1 when it does not end in `xml`. */
  startTag(xml: string, from: number): number {
    this.reference = null;
    this.type = null;
    return scanAttributes(xml, from, this.onAttribute);
  }

  /**
   * The 1-based column of the cell whose start tag was scanned last, in `row`, after the
   * cell in column `previous` (0 for the first): a cell without a reference comes next;
   * one with a reference must name this row and a column further right, as Excel writes them.
   */
  column(row: SheetRow, previous: number): number {
    const column = this.reference === null ? previous + 1 : cellColumn(this.reference, row.number, this.part);
    if (column > MAX_EXCEL_COLUMN) throw new SheetLimitError(this.part, `cell ${cellName(column, row.number)}`);
    if (column <= previous) {
      const cell = cellName(column, row.number);
      const after = cellName(previous, row.number);
      throw new SheetDataError(
        this.part,
        'cellsOutOfOrder',
        row.number,
        cell,
        { previous: after },
        `cell ${cell} comes after cell ${after}`,
      );
    }
    return column;
  }

  /** Puts `value` in `column` of the row. */
  place(row: SheetRow, column: number, value: CellValue): void {
    const cells = row.cells;
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = value;
  }

  /** Reads the content of the cell whose start tag was scanned last (between its start tag and its `</c>`) into `row`. */
  read(xml: string, start: number, end: number, row: SheetRow, column: number): void {
    if (this.holdsCell(xml, start, end)) this.checkContent(xml, start, end, row, column);
    if (xml.startsWith(this.tags.formula, start)) (row.formulas ??= []).push(column - 1);
    const value = this.value(xml, start, end, row, column);
    if (typeof value === 'string' && value.length > MAX_CELL_TEXT) throw this.tooLong(row, column);
    this.place(row, column, value);
  }

  /** The cell is longer than Excel lets a cell be. */
  tooLong(row: SheetRow, column: number): SheetDataError {
    const cell = cellName(column, row.number);
    return new SheetDataError(
      this.part,
      'cellTooLong',
      row.number,
      cell,
      { limit: MAX_CELL_TEXT },
      `cell ${cell} holds more than ${MAX_CELL_TEXT} characters`,
    );
  }

  /**
   * True when a cell's start tag lies between `start` and `end`: the `</c>` that seemed to end
   * the cell belongs to a later one. Tag by tag, so the work is the cell's length.
   */
  private holdsCell(xml: string, start: number, end: number): boolean {
    const { cell } = this.tags;
    const nameAt = cell.length - 1;
    for (let at = xml.indexOf('<', start); at >= 0 && at < end; at = xml.indexOf('<', at + 1)) {
      if (
        xml.charCodeAt(at + nameAt) === 99 &&
        isNameEnd(xml.charCodeAt(at + cell.length)) &&
        xml.startsWith(cell, at)
      ) {
        return true;
      }
    }
    return false;
  }

  /**
   * Throws when the text from `start` to `end` (a cell's content, or all that follows an
   * unfinished cell) holds another cell or a row's tags: the cell's `</c>` is missing, and
   * the `</c>` found belongs to a later cell. Tag by tag, so the work is the cell's length.
   */
  checkContent(xml: string, start: number, end: number, row: SheetRow, column: number): void {
    const { tags } = this;
    for (let at = xml.indexOf('<', start); at >= 0 && at < end; at = xml.indexOf('<', at + 1)) {
      const nested =
        (xml.startsWith(tags.cell, at) && isNameEnd(xml.charCodeAt(at + tags.cell.length))) ||
        (xml.startsWith(tags.row, at) && isNameEnd(xml.charCodeAt(at + tags.row.length))) ||
        xml.startsWith(tags.rowEnd, at) ||
        xml.startsWith(tags.dataEnd, at);
      if (nested) {
        const cell = cellName(column, row.number);
        throw new SheetDataError(this.part, 'cellNotClosed', row.number, cell, {}, `cell ${cell} never ends`);
      }
    }
  }

  /** Where the cell's `<v>` starts, or -1: its children are `<f>`, `<v>`, `<is>` and extensions, in that order. */
  private valueTag(xml: string, start: number, end: number): number {
    const { tags } = this;
    let at = start;
    if (xml.startsWith(tags.formula, at)) {
      const formulaEnd = xml.indexOf('>', at); // <f …/> or <f …>text</f>: the text holds no '<'
      const selfClosing = xml.charCodeAt(formulaEnd - 1) === 47;
      at = selfClosing ? formulaEnd + 1 : xml.indexOf('>', xml.indexOf('<', formulaEnd)) + 1;
      if (at <= 0 || at >= end) return -1;
    }
    at = xml.indexOf('<', at);
    return at >= 0 && at < end && xml.startsWith(tags.value, at) && isNameEnd(xml.charCodeAt(at + tags.value.length))
      ? at
      : -1;
  }

  /** The `<v>` text as written (references not yet decoded), or null when the cell has no `<v>`. */
  private rawValue(xml: string, start: number, end: number): string | null {
    const { tags } = this;
    const open = this.valueTag(xml, start, end);
    if (open < 0) return null; // a formula never calculated, or no value
    const tagEnd = scanAttributes(xml, open + tags.value.length);
    if (tagEnd < 0 || tagEnd >= end) throw new MalformedPartError(this.part, 'a cell value never ends');
    if (xml.charCodeAt(tagEnd - 1) === 47) return ''; // <v/>
    const close = xml.indexOf(tags.valueEnd, tagEnd);
    if (close < 0 || close > end) throw new MalformedPartError(this.part, 'a cell value never ends');
    return xml.slice(tagEnd + 1, close);
  }

  private value(xml: string, start: number, end: number, row: SheetRow, column: number): CellValue {
    const { type } = this;
    if (type === 'inlineStr') return runsText(xml, start, end, this.tags.prefix);
    const raw = this.rawValue(xml, start, end);
    if (raw === null) return null;
    // An empty <v/> or <v></v> is a formula's empty text result, as Excel writes it; a number,
    // truth value or shared string with no value was damaged (an end date so emptied would
    // make a lost customer a customer still), and reads as no number.
    if (raw.length === 0 && (type === 'str' || xml.startsWith(this.tags.formula, start))) return null;
    switch (type) {
      case null:
      case 'n': {
        // As Excel writes it first; then with references decoded and white space around taken off.
        const plain = schemaNumber(raw);
        const number = Number.isNaN(plain) ? schemaNumber(decodeXml(raw).replace(AROUND, '')) : plain;
        if (Number.isNaN(number)) throw this.badValue('notANumber', row, column, decodeXml(raw));
        return number;
      }
      case 's': {
        const plain = digitsNumber(raw);
        const text = plain >= 0 ? raw : decodeXml(raw).replace(AROUND, '');
        const index = plain >= 0 ? plain : digitsNumber(text);
        if (index < 0) throw this.badValue('badSharedStringIndex', row, column, decodeXml(raw));
        const strings = this.options.sharedStrings;
        if (index >= strings.length) {
          const cell = cellName(column, row.number);
          throw new SheetDataError(
            this.part,
            'missingSharedString',
            row.number,
            cell,
            { index: quoteValue(text), count: strings.length },
            `cell ${cell} refers to shared string ${quoteValue(text)}, and there are ${strings.length}`,
          );
        }
        return strings[index] ?? null;
      }
      case 'str':
        return decodeCellText(raw);
      case 'b': {
        const text = decodeXml(raw).replace(AROUND, '');
        if (text === '1' || text === 'true') return true;
        if (text === '0' || text === 'false') return false;
        throw this.badValue('notATruthValue', row, column, decodeXml(raw));
      }
      case 'e':
        return this.options.errorsAsText ? decodeXml(raw) : null;
      case 'd': {
        // An ISO 8601 date: the day is what matters, whatever time it carries.
        const text = decodeXml(raw).trim();
        return ISO_DATE.test(text) ? text.slice(0, 10) : text;
      }
      default:
        throw new MalformedPartError(this.part, `a cell has the unknown type "${quoteValue(type)}"`);
    }
  }

  private badValue(
    problem: 'notANumber' | 'badSharedStringIndex' | 'notATruthValue',
    row: SheetRow,
    column: number,
    written: string,
  ): SheetDataError {
    const cell = cellName(column, row.number);
    const value = quoteValue(written);
    const what = {
      notANumber: 'a number',
      badSharedStringIndex: 'a shared-string index',
      notATruthValue: 'TRUE or FALSE',
    };
    return new SheetDataError(
      this.part,
      problem,
      row.number,
      cell,
      { value },
      `cell ${cell} holds "${value}", which is not ${what[problem]}`,
    );
  }
}
