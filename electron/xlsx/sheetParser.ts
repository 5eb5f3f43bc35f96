/**
 * A worksheet's XML, pushed in text chunks as it is unpacked, turned into rows. Only whole
 * elements are parsed: a cell, or a row's start tag, that a chunk ends inside waits for the
 * next chunk, so a tag split anywhere (even one character per chunk) reads the same. The
 * work is linear in the XML whatever it holds: a search for an element's end resumes where
 * it stopped, cells are looked for only inside their row, and what may wait is bounded (a
 * cell's XML, a row's, a tag's), so a hostile sheet is refused at once instead of being
 * gathered. Rows must come in rising order, each closed before the next, as Excel writes
 * them. The XML must end with the root element's end tag; `end()` throws
 * TruncatedPartError when it does not.
 */
import type { SheetRow } from '../../shared/parse';
import { RowCellReader, SheetTags, type CellOptions } from './cellParser';
import { rowNumber } from './cellReference';
import { MalformedPartError, MAX_CELL_TEXT, SheetDataError, TruncatedPartError } from './errors';
import { isNameEnd, scanAttributes } from './xmlText';

type Stage = 'prolog' | 'head' | 'data' | 'tail' | 'done';

/** The root element's start tag: the first tag that is not a declaration, comment or processing instruction. */
const ROOT = /<(?![?!])([\w.-]+:)?([\w.-]+)/;

/** The most XML one cell may take (2 MiB): 64 characters of markup for every character Excel lets it hold. */
export const MAX_CELL_XML = 64 * (MAX_CELL_TEXT + 1);
/** The most XML one row may take (16 MiB): room for hundreds of long texts, and a bound on one row in memory. */
export const MAX_ROW_XML = 16 * 1024 * 1024;
/** The most a start tag or a comment may take. */
const MAX_TAG = 64 * 1024;
/** The most XML before `<sheetData>` (sheet properties, views, column widths): a sheet's head is a few kilobytes. */
const MAX_HEAD = 16 * 1024 * 1024;

export class SheetParser {
  /** The sheet's last row as its `<dimension>` declares, when it does: a total for progress. */
  declaredRows: number | null = null;
  private stage: Stage = 'prolog';
  /** The text from the start of the unfinished element on. */
  private pending = '';
  /** Where in `pending` the search for the unfinished element's end may resume: the text before it was searched. */
  private resume = 0;
  /** Set by `wait` during a push: the resume point, as an index into that push's text. */
  private resumeAt = 0;
  /** Characters of the part before `pending`. */
  private consumed = 0;
  private lastRow = 0;
  /** The row being read, with where it started (in characters of the part) and its last column so far. */
  private row: SheetRow | null = null;
  private rowStart = 0;
  private column = 0;
  private tags = new SheetTags('');
  private cells: RowCellReader;
  private rowRef: string | null = null;
  private readonly onRowAttribute = (name: string, value: string): void => {
    if (name === 'r') this.rowRef = value;
  };

  constructor(
    private readonly part: string,
    private readonly options: CellOptions,
  ) {
    this.cells = new RowCellReader(this.tags, options, part);
  }

  /** Parses what `text` completes and returns the rows it finished. */
  push(text: string): SheetRow[] {
    const xml = this.pending.length === 0 ? text : this.pending + text;
    const rows: SheetRow[] = [];
    this.resumeAt = 0;
    let at = 0;
    if (this.stage === 'prolog') at = this.prolog(xml);
    if (this.stage === 'head') at = this.head(xml, at);
    if (this.stage === 'data') at = this.data(xml, at, rows);
    if (this.stage === 'tail') at = this.tail(xml, at);
    this.pending = this.stage === 'done' ? '' : xml.slice(at);
    this.resume = Math.max(0, this.resumeAt - at);
    this.consumed += at;
    return rows;
  }

  /** Checks that the XML ended whole. */
  end(): void {
    if (this.stage === 'done') return;
    const row = this.row;
    const { tags, pending } = this;
    if (this.stage === 'data' && row !== null && pending.startsWith(tags.cell)) {
      // A cell whose </c> never came: if a row's tags follow it, the file is damaged, not cut short.
      const tagEnd = this.cells.startTag(pending, tags.cell.length);
      if (tagEnd >= 0)
        this.cells.checkContent(pending, tagEnd + 1, pending.length, row, this.cells.column(row, this.column));
    }
    throw new TruncatedPartError(this.part);
  }

  private get prefix(): string {
    return this.tags.prefix;
  }

  /** Returns `item` (where the unfinished element starts), noting that the search for its end may resume at `resume`. */
  private wait(item: number, resume: number): number {
    this.resumeAt = resume;
    return item;
  }

  /** Where to search on for the end of the element at `item` that starts its content at `start`. */
  private searchFrom(item: number, start: number): number {
    return item === 0 ? Math.max(start, this.resume) : start;
  }

  private prolog(xml: string): number {
    const root = ROOT.exec(xml);
    if (!root || root.index + root[0].length >= xml.length) {
      if (xml.length > MAX_TAG) throw new MalformedPartError(this.part, 'it has no worksheet element');
      return 0; // the root's name may go on
    }
    if (root[2] !== 'worksheet') throw new MalformedPartError(this.part, `it is a ${root[2]}, not a worksheet`);
    this.tags = new SheetTags(root[1] ?? '');
    this.cells = new RowCellReader(this.tags, this.options, this.part);
    this.stage = 'head';
    return root.index;
  }

  /** Before the rows: the dimension, if any, then `<sheetData>`. */
  private head(xml: string, from: number): number {
    const open = `<${this.prefix}sheetData`;
    const dataAt = xml.indexOf(open, this.searchFrom(from, from));
    const tagEnd = dataAt < 0 ? -1 : scanAttributes(xml, dataAt + open.length);
    if (tagEnd < 0) {
      // The head is small: keep it whole until <sheetData> arrives.
      if (xml.length - from > MAX_HEAD) throw new MalformedPartError(this.part, 'it has no sheetData element');
      return this.wait(from, dataAt < 0 ? Math.max(from, xml.length - open.length) : dataAt);
    }
    this.readDimension(xml.slice(from, dataAt));
    this.stage = xml.charCodeAt(tagEnd - 1) === 47 ? 'tail' : 'data'; // <sheetData/>: no rows
    return tagEnd + 1;
  }

  private readDimension(head: string): void {
    const ref = new RegExp(`<${this.prefix}dimension\\s[^>]*\\bref\\s*=\\s*["']([A-Z]*\\d*:)?[A-Z]*(\\d+)["']`).exec(
      head,
    );
    if (ref?.[2]) this.declaredRows = Number(ref[2]);
  }

  private isElement(xml: string, at: number, name: string): boolean {
    return xml.startsWith(name, at) && isNameEnd(xml.charCodeAt(at + name.length));
  }

  private data(xml: string, from: number, rows: SheetRow[]): number {
    const { tags } = this;
    const dataClose = tags.dataEnd;
    const longest = Math.max(tags.row.length, tags.rowEnd.length + 1, dataClose.length, 4);
    let at = from;
    for (;;) {
      const tag = xml.indexOf('<', at);
      if (tag < 0) return xml.length;
      const row = this.row;
      if (row !== null) {
        if (this.consumed + tag - this.rowStart > MAX_ROW_XML) throw this.rowTooLarge(row);
        if (this.isElement(xml, tag, tags.cell)) {
          const next = this.cell(xml, tag, row);
          if (next < 0) return tag;
          at = next;
        } else if (xml.startsWith(tags.rowEnd, tag) && isNameEnd(xml.charCodeAt(tag + tags.rowEnd.length))) {
          const tagEnd = xml.indexOf('>', tag);
          if (tagEnd < 0) return tag;
          rows.push(row);
          this.lastRow = row.number;
          this.row = null;
          at = tagEnd + 1;
        } else if (this.isElement(xml, tag, tags.row) || xml.startsWith(dataClose, tag)) {
          throw new SheetDataError(
            this.part,
            'rowNotClosed',
            row.number,
            null,
            {},
            `row ${row.number} does not end before the next`,
          );
        } else if (xml.startsWith('<!--', tag)) {
          at = this.comment(xml, tag);
          if (at < 0) return tag;
        } else if (tag + longest >= xml.length) {
          return tag; // too little text yet to tell which tag this is
        } else {
          // Another element in the row, such as an extension list: passed over tag by tag.
          const tagEnd = xml.indexOf('>', this.searchFrom(tag, tag));
          if (tagEnd < 0) {
            if (xml.length - tag > MAX_TAG)
              throw new MalformedPartError(this.part, `a tag in row ${row.number} never ends`);
            return this.wait(tag, xml.length);
          }
          at = tagEnd + 1;
        }
      } else if (this.isElement(xml, tag, tags.row)) {
        this.rowRef = null;
        const tagEnd = scanAttributes(xml, tag + tags.row.length, this.onRowAttribute);
        if (tagEnd < 0) {
          if (xml.length - tag > MAX_TAG)
            throw new MalformedPartError(this.part, `the tag after row ${this.lastRow} never ends`);
          return tag;
        }
        const number = this.rowRef === null ? this.lastRow + 1 : rowNumber(this.rowRef, this.part);
        if (number <= this.lastRow) {
          throw new SheetDataError(
            this.part,
            'rowsOutOfOrder',
            number,
            null,
            { previous: this.lastRow },
            `row ${number} comes after row ${this.lastRow}`,
          );
        }
        const started: SheetRow = { number, cells: [] };
        if (xml.charCodeAt(tagEnd - 1) === 47) {
          rows.push(started); // <row r="3"/>
          this.lastRow = number;
        } else {
          this.row = started;
          this.rowStart = this.consumed + tag;
          this.column = 0;
        }
        at = tagEnd + 1;
      } else if (xml.startsWith('<!--', tag)) {
        at = this.comment(xml, tag);
        if (at < 0) return tag;
      } else if (xml.startsWith(dataClose, tag)) {
        this.stage = 'tail';
        return tag + dataClose.length;
      } else if (tag + longest >= xml.length) {
        return tag; // too little text yet to tell which tag this is
      } else {
        throw new MalformedPartError(this.part, `unexpected XML after row ${this.lastRow}`);
      }
    }
  }

  /** Reads the cell whose start tag is at `tag`; returns where the text after it begins, or -1 to wait for more text. */
  private cell(xml: string, tag: number, row: SheetRow): number {
    const { tags, cells } = this;
    const tagEnd = cells.startTag(xml, tag + tags.cell.length);
    if (tagEnd < 0) {
      if (xml.length - tag > MAX_TAG)
        throw new MalformedPartError(this.part, `a cell tag in row ${row.number} never ends`);
      return -1;
    }
    const column = cells.column(row, this.column);
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      cells.place(row, column, null); // <c r="B2" s="1"/>: a formatted empty cell
      this.column = column;
      return tagEnd + 1;
    }
    const close = xml.indexOf(tags.cellEnd, this.searchFrom(tag, tagEnd + 1));
    if (close < 0 || close - tag > MAX_CELL_XML) {
      if (xml.length - tag <= MAX_CELL_XML) {
        this.wait(tag, Math.max(tagEnd + 1, xml.length - tags.cellEnd.length + 1));
        return -1;
      }
      // Longer than any cell Excel writes: refused now, without gathering the rest. A missing
      // </c> is told apart by the tags that follow.
      cells.checkContent(xml, tagEnd + 1, close < 0 ? xml.length : close, row, column);
      throw cells.tooLong(row, column);
    }
    cells.read(xml, tagEnd + 1, close, row, column);
    this.column = column;
    return close + tags.cellEnd.length;
  }

  /** Passes over the comment at `tag`; returns where the text after it begins, or -1 to wait for more text. */
  private comment(xml: string, tag: number): number {
    const end = xml.indexOf('-->', this.searchFrom(tag, tag + 4));
    if (end >= 0) return end + 3;
    if (xml.length - tag > MAX_TAG)
      throw new MalformedPartError(this.part, `a comment after row ${this.lastRow} never ends`);
    this.wait(tag, Math.max(tag + 4, xml.length - 2));
    return -1;
  }

  private rowTooLarge(row: SheetRow): SheetDataError {
    const limit = MAX_ROW_XML / 1024 ** 2;
    return new SheetDataError(
      this.part,
      'rowTooLarge',
      row.number,
      null,
      { limit },
      `row ${row.number} is larger than ${limit} MB of XML`,
    );
  }

  /** After the rows: only the root's end tag matters (merged cells, formats and the like are not read). */
  private tail(xml: string, from: number): number {
    const close = `</${this.prefix}worksheet>`;
    const found = xml.indexOf(close, from);
    if (found >= 0) {
      this.stage = 'done';
      return xml.length;
    }
    return Math.max(from, xml.length - close.length);
  }
}
