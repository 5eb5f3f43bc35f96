/**
 * The CSV file reader's parser: text goes in chunk by chunk, complete records come out, read
 * by the quote rules of shared/delimitedText.ts (the grid's paste reads by them too).
 *
 * What a record may hold is bounded (the limits below), so any input ends in linear time and
 * bounded memory: with its records, or with a CsvFormatError naming the record and the line
 * where the trouble starts.
 */
import { DelimitedTextParser } from '../../shared/delimitedText';
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

export class CsvParser extends DelimitedTextParser {
  private readonly lenient: boolean;
  /** Characters in the completed fields of the record being read. */
  private recordLength = 0;

  constructor(delimiter: Delimiter, options: CsvParserOptions = {}) {
    super(delimiter);
    this.lenient = options.lenient ?? false;
  }

  private fail(problem: CsvProblem, limit: number | null, value: string): never {
    throw new CsvFormatError(problem, this.records + 1, this.fieldLine, limit, value);
  }

  private checkFieldLength(text: string): void {
    if (this.lenient || text.length <= CSV_LIMITS.fieldLength) return;
    this.fail(this.fieldQuoted ? 'quotedFieldTooLong' : 'fieldTooLong', CSV_LIMITS.fieldLength, excerpt(text));
  }

  protected override endField(text: string, line: number): void {
    if (!this.lenient) {
      this.checkFieldLength(text);
      if (this.fields.length >= CSV_LIMITS.fields) this.fail('tooManyFields', CSV_LIMITS.fields, '');
      this.recordLength += text.length;
      if (this.recordLength > CSV_LIMITS.recordLength) this.fail('rowTooLong', CSV_LIMITS.recordLength, '');
    }
    super.endField(text, line);
  }

  protected override endRecord(records: string[][]): void {
    super.endRecord(records);
    this.recordLength = 0;
  }

  protected override readAsText(records: string[][], closed: boolean): void {
    // Too long a quoted text is refused however it goes on, so however the file is cut into chunks.
    this.checkFieldLength(this.pending);
    super.readAsText(records, closed);
  }

  protected override endUnclosedQuote(_records: string[][]): void {
    if (!this.lenient) this.fail('unclosedQuote', null, excerpt(this.pending));
    // A sample cut inside a quoted field: its text so far is the last field.
  }

  override push(text: string): string[][] {
    const records = super.push(text);
    // A field still open at the end of the chunk is refused once too long, not when it ends: a 50 MB line.
    this.checkFieldLength(this.pending);
    return records;
  }
}

/** Every record of a whole text, for sniffing and tests. */
export function parseCsvText(text: string, delimiter: Delimiter, options: CsvParserOptions = {}): string[][] {
  const parser = new CsvParser(delimiter, options);
  return [...parser.push(text), ...parser.end()];
}
