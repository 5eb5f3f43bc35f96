/**
 * A streaming CSV parser: text goes in chunk by chunk, complete records come out.
 * Quoted fields may hold the delimiter, doubled quotes and line breaks; a record may
 * end in LF, CRLF or CR. A quote inside an unquoted field is kept as text, the way
 * spreadsheets read it.
 *
 * Every character is looked at once, and what a record may hold is bounded (the
 * limits below), so any input ends in linear time and bounded memory: with its records,
 * or with a CsvFormatError naming the record and the line where the trouble starts.
 */
import { MAX_COLUMNS, MAX_QUOTED_LENGTH } from '../../shared/limits';
import { quoteValue } from '../../shared/quote';

export type Delimiter = ',' | ';' | '\t';

export const CSV_LIMITS = {
  /** Characters in one field: Excel's cell limit. A longer quoted field is a quote that never closed. */
  fieldLength: 32_767,
  /** Fields in one record: Excel's column limit (XFD). */
  fields: MAX_COLUMNS,
  /** Characters in one record, its fields together: bounds the memory one record takes. */
  recordLength: 4_194_304,
} as const;

/** What is wrong with a CSV text; the reader's error key is `readerError.csv.<problem>`. */
export type CsvProblem = 'unclosedQuote' | 'quotedFieldTooLong' | 'fieldTooLong' | 'tooManyFields' | 'rowTooLong';

/** The start of a field as an error quotes it: on one line, at most MAX_QUOTED_LENGTH characters. */
export function excerpt(text: string): string {
  return quoteValue(text.slice(0, MAX_QUOTED_LENGTH * 2).replace(/\p{Cc}+/gu, ' '));
}

export class CsvFormatError extends Error {
  constructor(
    readonly problem: CsvProblem,
    /** 1-based number of the record (the row the import names). */
    readonly record: number,
    /** 1-based line of the text where the field (or the record) starts, as a text editor counts lines. */
    readonly line: number,
    /** The limit exceeded, for the *TooLong and tooManyFields problems. */
    readonly limit: number | null,
    /** The start of the offending field, see excerpt(); empty when no field is quoted. */
    readonly value: string,
  ) {
    super(`${problem} in record ${record} (line ${line})`);
    this.name = 'CsvFormatError';
  }
}

export interface CsvParserOptions {
  /**
   * For sniffing a sample that may be cut anywhere: no limits are enforced and an open
   * quote at the end is kept as the last field instead of being an error.
   */
  lenient?: boolean;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvParser {
  private readonly delimiter: number;
  private readonly lenient: boolean;
  private fields: string[] = [];
  /** Characters in the completed fields of the record being read. */
  private recordLength = 0;
  /** The text of the field being read, where a chunk boundary (or a quote) split it. */
  private pending = '';
  private inQuotes = false;
  /** A quote seen inside quotes: the next character decides whether it closed the field or was doubled. */
  private quoteInQuotes = false;
  private fieldStarted = false;
  /** The field being read began with a quote. */
  private fieldQuoted = false;
  private lastWasCr = false;
  /** Records completed so far. */
  private records = 0;
  /** The line the next character is on, counting every LF, CRLF and CR, inside quotes too. */
  private line = 1;
  private lineCr = false;
  /** The line where the field being read began. */
  private fieldLine = 1;

  constructor(delimiter: Delimiter, options: CsvParserOptions = {}) {
    this.delimiter = delimiter.charCodeAt(0);
    this.lenient = options.lenient ?? false;
  }

  /** The 1-based number of the record being read: the one the next character belongs to. */
  get row(): number {
    return this.records + 1;
  }

  private fail(problem: CsvProblem, limit: number | null, value: string): never {
    throw new CsvFormatError(problem, this.records + 1, this.fieldLine, limit, value);
  }

  private checkFieldLength(text: string): void {
    if (this.lenient || text.length <= CSV_LIMITS.fieldLength) return;
    this.fail(this.fieldQuoted ? 'quotedFieldTooLong' : 'fieldTooLong', CSV_LIMITS.fieldLength, excerpt(text));
  }

  /** Ends the field being read with its text; `line` is the line the next field begins on. */
  private endField(text: string, line: number): void {
    if (!this.lenient) {
      this.checkFieldLength(text);
      if (this.fields.length >= CSV_LIMITS.fields) this.fail('tooManyFields', CSV_LIMITS.fields, '');
      this.recordLength += text.length;
      if (this.recordLength > CSV_LIMITS.recordLength) this.fail('rowTooLong', CSV_LIMITS.recordLength, '');
    }
    this.fields.push(text);
    this.pending = '';
    this.fieldStarted = false;
    this.fieldQuoted = false;
    this.fieldLine = line;
  }

  private endRecord(records: string[][]): void {
    records.push(this.fields);
    this.fields = [];
    this.recordLength = 0;
    this.records++;
  }

  /** Parses a chunk and returns the records it completed. */
  push(text: string): string[][] {
    const records: string[][] = [];
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
    this.checkFieldLength(this.pending);
    return records;
  }

  /** The last record when the file does not end in a line break; an error when a quoted field is still open. */
  end(): string[][] {
    if (this.inQuotes && !this.quoteInQuotes && !this.lenient) this.fail('unclosedQuote', null, excerpt(this.pending));
    const hasRecord = this.fields.length > 0 || this.pending !== '' || this.fieldStarted;
    this.inQuotes = false;
    this.quoteInQuotes = false;
    if (!hasRecord) return [];
    const records: string[][] = [];
    this.endField(this.pending, this.line);
    this.endRecord(records);
    return records;
  }
}

/** Every record of a whole text, for sniffing and tests. */
export function parseCsvText(text: string, delimiter: Delimiter, options: CsvParserOptions = {}): string[][] {
  const parser = new CsvParser(delimiter, options);
  return [...parser.push(text), ...parser.end()];
}
