/**
 * A worksheet's XML, pushed in text chunks as it is unpacked, turned into rows. Only
 * whole rows are parsed: text after the last complete row waits for the next chunk, so a
 * tag split anywhere (even one character per chunk) reads the same. The XML must end
 * with the root element's end tag; `end()` throws TruncatedPartError when it does not.
 */
import { rowNumber } from './cellReference';
import { MalformedPartError, TruncatedPartError } from './errors';
import { RowCellReader, SheetTags, type CellOptions, type SheetRow } from './rowCells';
import { isNameEnd, scanAttributes } from './xmlText';

type Stage = 'prolog' | 'head' | 'data' | 'tail' | 'done';

/** The root element's start tag: the first tag that is not a declaration, comment or processing instruction. */
const ROOT = /<(?![?!])([\w.-]+:)?([\w.-]+)/;

export class SheetParser {
  /** The sheet's last row as its `<dimension>` declares, when it does: a total for progress. */
  declaredRows: number | null = null;
  private stage: Stage = 'prolog';
  private pending = '';
  private lastRow = 0;
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
    let at = 0;
    if (this.stage === 'prolog') at = this.prolog(xml);
    if (this.stage === 'head') at = this.head(xml, at);
    if (this.stage === 'data') at = this.data(xml, at, rows);
    if (this.stage === 'tail') at = this.tail(xml, at);
    this.pending = this.stage === 'done' ? '' : xml.slice(at);
    return rows;
  }

  /** Checks that the XML ended whole. */
  end(): void {
    if (this.stage !== 'done') throw new TruncatedPartError(this.part);
  }

  private get prefix(): string {
    return this.tags.prefix;
  }

  private prolog(xml: string): number {
    const root = ROOT.exec(xml);
    if (!root || root.index + root[0].length >= xml.length) return 0; // the root's name may go on
    if (root[2] !== 'worksheet') throw new MalformedPartError(this.part, `it is a ${root[2]}, not a worksheet`);
    this.tags = new SheetTags(root[1] ?? '');
    this.cells = new RowCellReader(this.tags, this.options, this.part);
    this.stage = 'head';
    return root.index;
  }

  /** Before the rows: the dimension, if any, then `<sheetData>`. */
  private head(xml: string, from: number): number {
    const open = `<${this.prefix}sheetData`;
    const dataAt = xml.indexOf(open, from);
    if (dataAt < 0) return from; // the head is small: keep it whole until <sheetData> arrives
    const tagEnd = scanAttributes(xml, dataAt + open.length);
    if (tagEnd < 0) return from;
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

  private data(xml: string, from: number, rows: SheetRow[]): number {
    const rowOpen = `<${this.prefix}row`;
    const rowClose = `</${this.prefix}row>`;
    const dataClose = `</${this.prefix}sheetData>`;
    let at = from;
    for (;;) {
      const tag = xml.indexOf('<', at);
      if (tag < 0) return xml.length;
      if (xml.startsWith(rowOpen, tag) && isNameEnd(xml.charCodeAt(tag + rowOpen.length))) {
        this.rowRef = null;
        const tagEnd = scanAttributes(xml, tag + rowOpen.length, this.onRowAttribute);
        if (tagEnd < 0) return tag;
        const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
        const close = selfClosing ? tagEnd : xml.indexOf(rowClose, tagEnd);
        if (close < 0) return tag; // the rest of the row is in the next chunk
        const number = this.rowRef === null ? this.lastRow + 1 : rowNumber(this.rowRef, this.part);
        const row: SheetRow = { number, cells: [] };
        if (!selfClosing) this.cells.read(xml, tagEnd + 1, close, row);
        rows.push(row);
        this.lastRow = number;
        at = selfClosing ? tagEnd + 1 : close + rowClose.length;
      } else if (xml.startsWith('<!--', tag)) {
        const commentEnd = xml.indexOf('-->', tag + 4);
        if (commentEnd < 0) return tag;
        at = commentEnd + 3;
      } else if (xml.startsWith(dataClose, tag)) {
        this.stage = 'tail';
        return tag + dataClose.length;
      } else if (tag + Math.max(rowOpen.length, dataClose.length) >= xml.length) {
        return tag; // too little text yet to tell which tag this is
      } else {
        throw new MalformedPartError(this.part, `unexpected XML after row ${this.lastRow}`);
      }
    }
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
