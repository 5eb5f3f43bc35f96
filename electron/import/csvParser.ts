/**
 * A streaming CSV parser: text goes in chunk by chunk, complete records come out.
 * Quoted fields may hold the delimiter, doubled quotes and line breaks; a record may
 * end in LF, CRLF or CR. A quote inside an unquoted field is kept as text, the way
 * spreadsheets read it.
 */
export type Delimiter = ',' | ';' | '\t';

/** Longer than any cell a spreadsheet holds (32 767 characters): an unclosed quote ran away with the file. */
const MAX_FIELD_LENGTH = 1_000_000;

export class CsvFieldTooLongError extends Error {
  constructor(readonly record: number) {
    super(`record ${record} has a field of more than ${MAX_FIELD_LENGTH} characters`);
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvParser {
  private readonly delimiter: number;
  private fields: string[] = [];
  /** The text of the field being read, where a chunk boundary split it. */
  private pending = '';
  private inQuotes = false;
  /** A quote seen inside quotes: the next character decides whether it closed the field or was doubled. */
  private quoteInQuotes = false;
  private fieldStarted = false;
  private lastWasCr = false;
  /** Records completed by earlier chunks, to name the record a runaway field began in. */
  private recordsBefore = 0;

  constructor(delimiter: Delimiter) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Parses a chunk and returns the records it completed. */
  push(text: string): string[][] {
    const records: string[][] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.inQuotes) {
        if (this.quoteInQuotes) {
          this.quoteInQuotes = false;
          if (code === QUOTE) {
            start = i; // a doubled quote: this one is kept as text
            continue;
          }
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
          continue;
        }
      }
      if (code === this.delimiter) {
        this.fields.push(this.pending + text.slice(start, i));
        this.pending = '';
        this.fieldStarted = false;
        start = i + 1;
      } else if (code === LF || code === CR) {
        this.fields.push(this.pending + text.slice(start, i));
        records.push(this.fields);
        this.fields = [];
        this.pending = '';
        this.fieldStarted = false;
        this.lastWasCr = code === CR;
        start = i + 1;
      } else if (code === QUOTE && !this.fieldStarted && this.pending === '' && start === i) {
        this.inQuotes = true;
        this.fieldStarted = true;
        start = i + 1;
      } else {
        this.fieldStarted = true;
      }
    }
    this.pending += text.slice(start);
    if (this.pending.length > MAX_FIELD_LENGTH) throw new CsvFieldTooLongError(this.recordsBefore + records.length + 1);
    this.recordsBefore += records.length;
    return records;
  }

  /** The last record when the file does not end in a line break. */
  end(): string[][] {
    const hasRecord = this.fields.length > 0 || this.pending !== '' || this.fieldStarted;
    if (!hasRecord) return [];
    this.fields.push(this.pending);
    const last = this.fields;
    this.fields = [];
    this.pending = '';
    this.inQuotes = false;
    this.quoteInQuotes = false;
    this.fieldStarted = false;
    return [last];
  }
}

/** Every record of a whole text, for sniffing and tests. */
export function parseCsvText(text: string, delimiter: Delimiter): string[][] {
  const parser = new CsvParser(delimiter);
  return [...parser.push(text), ...parser.end()];
}
