/**
 * Delimited text read into records, chunk by chunk: a CSV file (electron/import/csvParser.ts
 * adds the reader's limits and errors) and the tab-separated text a spreadsheet puts on the
 * clipboard for a block of cells (renderer/src/grid/clipboardTable.ts). The quote rules are
 * stated here once, for both:
 *
 * - A record ends at LF, CRLF or CR; the delimiter splits it into fields.
 * - A field is quoted when it begins with a quote and the quote that closes it ends the field:
 *   the delimiter, a line break or the end of the text comes next. Inside, the delimiter and
 *   line breaks are text and `""` is one quote (RFC 4180).
 * - Every other quote is text: one inside an unquoted field (`5" screen`), and one that opens a
 *   field whose closing quote has more text after it (`"5" inch`), or that never closes: that
 *   field is read as unquoted text from its first quote on, every character as written.
 *   RFC 4180 is silent on such text. LibreOffice Calc reads a CSV so (7.4: `"5" inch,2` is
 *   `"5" inch` and `2`; it also lets blanks follow a closing quote, and looks further on for
 *   one, which Pito does not), and the paste needs it: Excel copies a cell that holds quotes
 *   but no line break or tab as it is, so `"5" inch` on the clipboard is a cell `"5" inch`.
 *
 * Every character is looked at once, but those of a field whose opening quote turns out to be
 * text, which are read again from that quote: the time stays linear in the text.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A field as the rules read it back whatever it holds: in quotes, each quote doubled. */
export function quoteField(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

export class DelimitedTextParser {
  private readonly delimiter: number;
  /** The completed fields of the record being read. */
  protected fields: string[] = [];
  /** The text of the field being read, where a chunk boundary (or a quote) split it. */
  protected pending = '';
  private inQuotes = false;
  /** A quote seen inside quotes: the next character decides whether it closed the field or was doubled. */
  private quoteInQuotes = false;
  private fieldStarted = false;
  /** The field being read began with a quote that still quotes it. */
  protected fieldQuoted = false;
  private lastWasCr = false;
  /** Records completed so far. */
  protected records = 0;
  /** The line the next character is on, counting every LF, CRLF and CR, inside quotes too. */
  private line = 1;
  private lineCr = false;
  /** The line where the field being read began. */
  protected fieldLine = 1;

  /** `delimiter`: one character, such as `,`, `;` or a tab. */
  constructor(delimiter: string) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The 1-based number of the record being read: the one the next character belongs to. */
  get row(): number {
    return this.records + 1;
  }

  /** Ends the field being read with its text; `line` is the line the next field begins on. */
  protected endField(text: string, line: number): void {
    this.fields.push(text);
    this.pending = '';
    this.fieldStarted = false;
    this.fieldQuoted = false;
    this.fieldLine = line;
  }

  protected endRecord(records: string[][]): void {
    records.push(this.fields);
    this.fields = [];
    this.records++;
  }

  /**
   * The field being read began with a quote that does not quote it (`closed`: its closing
   * quote has text after it; else it never closed): reads it again from that quote as
   * unquoted text, where its delimiters and line breaks split it.
   */
  protected readAsText(records: string[][], closed: boolean): void {
    const quoted = quoteField(this.pending);
    this.pending = '';
    this.inQuotes = false;
    this.quoteInQuotes = false;
    this.fieldQuoted = false;
    this.fieldStarted = true; // so its first quote is text
    this.line = this.fieldLine;
    this.lineCr = false;
    this.scan(closed ? quoted : quoted.slice(0, -1), records);
  }

  /** At the end of the text a quoted field is still open: by the rules its quote is text. */
  protected endUnclosedQuote(records: string[][]): void {
    // Read again, the field may open another quote that never closes.
    do this.readAsText(records, false);
    while (this.inQuotes && !this.quoteInQuotes);
  }

  /** Parses a chunk and returns the records it completed. */
  push(text: string): string[][] {
    const records: string[][] = [];
    this.scan(text, records);
    return records;
  }

  /** The last record when the text does not end in a line break. */
  end(): string[][] {
    const records: string[][] = [];
    if (this.inQuotes && !this.quoteInQuotes) this.endUnclosedQuote(records);
    this.inQuotes = false;
    this.quoteInQuotes = false; // a quote just before the end closed its field
    if (this.fields.length === 0 && this.pending === '' && !this.fieldStarted) return records;
    this.endField(this.pending, this.line);
    this.endRecord(records);
    return records;
  }

  private scan(text: string, records: string[][]): void {
    let start = 0;
    let line = this.line;
    let lineCr = this.lineCr;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code <= CR) {
        if (code === LF) {
          if (!lineCr) line++;
          lineCr = false;
        } else if (code === CR) {
          line++;
          lineCr = true;
        } else lineCr = false;
      } else lineCr = false;
      if (this.inQuotes) {
        if (this.quoteInQuotes) {
          if (code === QUOTE) {
            this.quoteInQuotes = false;
            start = i; // a doubled quote: this one is kept as text
            continue;
          }
          if (code !== this.delimiter && code !== LF && code !== CR) {
            // Text after the quote: it did not close the field. Read the field again as
            // text, up to this character, then this character in the state that leaves.
            this.readAsText(records, true);
            line = this.line;
            lineCr = this.lineCr;
            start = i;
            i--;
            continue;
          }
          this.quoteInQuotes = false;
          this.inQuotes = false; // the quote closed the field; this character is read below
        } else {
          if (code === QUOTE) {
            this.pending += text.slice(start, i);
            start = i + 1;
            this.quoteInQuotes = true;
          }
          continue;
        }
      }
      if (this.lastWasCr) {
        this.lastWasCr = false;
        if (code === LF) {
          start = i + 1;
          this.fieldLine = line;
          continue;
        }
      }
      if (code === this.delimiter) {
        this.endField(this.pending + text.slice(start, i), line);
        start = i + 1;
      } else if (code === LF || code === CR) {
        this.endField(this.pending + text.slice(start, i), line);
        this.endRecord(records);
        this.lastWasCr = code === CR;
        start = i + 1;
      } else if (code === QUOTE && !this.fieldStarted && this.pending === '' && start === i) {
        this.inQuotes = true;
        this.fieldStarted = true;
        this.fieldQuoted = true;
        start = i + 1;
      } else {
        this.fieldStarted = true;
      }
    }
    this.line = line;
    this.lineCr = lineCr;
    this.pending += text.slice(start);
  }
}

/** Every record of a whole text. */
export function parseDelimitedText(text: string, delimiter: string): string[][] {
  const parser = new DelimitedTextParser(delimiter);
  return [...parser.push(text), ...parser.end()];
}
