import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_LIMITS, CsvFormatError, CsvParser, parseCsvText, type CsvProblem, type Delimiter } from './csvParser';

describe('CsvParser', () => {
  it('splits records on LF, CRLF and CR', () => {
    expect(parseCsvText('a;b\r\nc;d\ne;f\rg;h', ';')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(parseCsvText('"Oy Ab, Ltd";"say ""hi""";"two\nlines"\n"";x\n', ';')).toEqual([
      ['Oy Ab, Ltd', 'say "hi"', 'two\nlines'],
      ['', 'x'],
    ]);
  });

  it('keeps a quote inside an unquoted field as text, and `"5" inch` as written (shared/delimitedText.ts)', () => {
    expect(parseCsvText('5" screen,2\n', ',')).toEqual([['5" screen', '2']]);
    expect(parseCsvText('"5" inch,2\n', ',')).toEqual([['"5" inch', '2']]);
  });

  it('keeps empty fields and empty lines', () => {
    expect(parseCsvText('a,,c\n\n,\n', ',')).toEqual([['a', '', 'c'], [''], ['', '']]);
  });

  it('gives the same records however the text is cut into chunks', () => {
    const field = fc.oneof(fc.string(), fc.constantFrom('"', '""', ';', ',', '\n', '\r\n', '\t', 'x'));
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom<Delimiter>(';', ',', '\t'),
        fc.array(fc.nat(), { maxLength: 5 }),
        (records, delimiter, cuts) => {
          const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
          const text = records.map((record) => record.map(quote).join(delimiter)).join('\r\n');
          const parser = new CsvParser(delimiter);
          const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
          const out: string[][] = [];
          let from = 0;
          for (const point of [...points, text.length]) {
            out.push(...parser.push(text.slice(from, point)));
            from = point;
          }
          out.push(...parser.end());
          expect(out).toEqual(records);
        },
      ),
    );
  });

  it('reads a field of exactly 32 767 characters, quoted or not', () => {
    const long = 'x'.repeat(CSV_LIMITS.fieldLength);
    expect(parseCsvText(`${long};"${long}"\n`, ';')).toEqual([[long, long]]);
  });
});

/** The error a text ends in, pushed in chunks of `chunk` characters. */
function errorOf(text: string, chunk = text.length, delimiter: Delimiter = ';'): CsvFormatError {
  const parser = new CsvParser(delimiter);
  try {
    for (let from = 0; from < text.length; from += chunk) parser.push(text.slice(from, from + chunk));
    parser.end();
  } catch (error) {
    expect(error).toBeInstanceOf(CsvFormatError);
    return error as CsvFormatError;
  }
  throw new Error('no error');
}

const summary = (error: CsvFormatError) => [error.problem, error.record, error.line, error.limit, error.value];

describe('CsvParser on broken text', () => {
  it('gives the same records or the same error however any text is cut into chunks', () => {
    const outcome = (text: string, cuts: number[]) => {
      const parser = new CsvParser(';');
      const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
      const out: string[][] = [];
      let from = 0;
      try {
        for (const point of [...points, text.length]) {
          out.push(...parser.push(text.slice(from, point)));
          from = point;
        }
        out.push(...parser.end());
        return out;
      } catch (error) {
        return summary(error as CsvFormatError);
      }
    };
    const piece = fc.constantFrom('a', '"', ';', '\n', '\r', '\r\n', 'ä');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 6 }), (pieces, cuts) => {
        const text = pieces.join('');
        expect(outcome(text, cuts)).toEqual(outcome(text, []));
      }),
    );
  });

  it('names the row and the line where an unclosed quote opened', () => {
    // Row 2 spans lines 2-3 (a quoted line break), so the quote on row 3 opens on line 4.
    const text = 'a;b\r\n"two\r\nlines";2\n3;"open\nand ""more"" text';
    for (const chunk of [text.length, 1, 2, 5]) {
      expect(summary(errorOf(text, chunk))).toEqual(['unclosedQuote', 3, 4, null, 'open and "more" text']);
    }
  });

  it('keeps an open quote at the end as the last field when lenient (sniffing a cut sample)', () => {
    expect(parseCsvText('a;b\n"open', ';', { lenient: true })).toEqual([['a', 'b'], ['open']]);
    expect(parseCsvText('a;"closed"', ';')).toEqual([['a', 'closed']]);
  });

  it('refuses a field over 32 767 characters, naming its row and line and quoting at most 80 characters', () => {
    const long = 'y'.repeat(CSV_LIMITS.fieldLength + 1);
    for (const chunk of [1 << 20, 1000, 7]) {
      const error = errorOf(`a;b\n\n1;${long};3\n`, chunk);
      expect(summary(error)).toEqual(['fieldTooLong', 3, 3, CSV_LIMITS.fieldLength, `${'y'.repeat(79)}…`]);
    }
    // A quoted one is a quote that never closed, even when a quote closes it later.
    const quoted = errorOf(`a;b\n1;"${long}";3\n`);
    expect(summary(quoted)).toEqual(['quotedFieldTooLong', 2, 2, CSV_LIMITS.fieldLength, `${'y'.repeat(79)}…`]);
    expect(errorOf(`a;b\n1;"x\n${long}`, 4096).problem).toBe('quotedFieldTooLong');
  });

  it('refuses a quoted field over 32 767 characters also when text after its quote unquotes it', () => {
    const long = 'y'.repeat(CSV_LIMITS.fieldLength + 1);
    for (const chunk of [1 << 20, 1000, 7]) {
      const error = errorOf(`a;b\n1;"${long}" x;3\n`, chunk);
      expect(summary(error)).toEqual(['quotedFieldTooLong', 2, 2, CSV_LIMITS.fieldLength, `${'y'.repeat(79)}…`]);
    }
  });

  it('refuses a row of more than 16 384 fields or more than 4 Mi characters', () => {
    expect(summary(errorOf(`a\n${'x;'.repeat(CSV_LIMITS.fields)}x\n`, 4096))).toEqual([
      'tooManyFields',
      2,
      2,
      CSV_LIMITS.fields,
      '',
    ]);
    expect(parseCsvText(`${'x;'.repeat(CSV_LIMITS.fields - 1)}x`, ';')[0]).toHaveLength(CSV_LIMITS.fields);
    const wide = `${'z'.repeat(30_000)};`.repeat(200);
    expect(summary(errorOf(`a\n${wide}\n`, 1 << 20))).toEqual(['rowTooLong', 2, 2, CSV_LIMITS.recordLength, '']);
  });

  it('ends a 50 MB line of any shape with an error, in 1 MB chunks', () => {
    const shapes: [string, string, CsvProblem][] = [
      ['one field', 'x', 'fieldTooLong'],
      ['one quoted field of doubled quotes', '""', 'quotedFieldTooLong'],
      ['tiny fields', 'x;', 'tooManyFields'],
      ['empty fields', ';', 'tooManyFields'],
      ['fields of 30 000 characters', `${'w'.repeat(29_999)};`, 'rowTooLong'],
      ['fields whose quote is text', '"5" inch;', 'tooManyFields'],
      ['quoted fields cut by stray quotes', '"x;', 'tooManyFields'],
    ];
    for (const [name, unit, problem] of shapes) {
      const chunk = unit.repeat(Math.ceil((1 << 20) / unit.length));
      const parser = new CsvParser(';');
      let caught: unknown = null;
      try {
        parser.push(unit === '""' ? '"' : '');
        for (let read = 0; read < 50 << 20; read += chunk.length) parser.push(chunk);
        parser.end();
      } catch (error) {
        caught = error;
      }
      expect(caught, name).toBeInstanceOf(CsvFormatError);
      expect((caught as CsvFormatError).problem, name).toBe(problem);
      expect((caught as CsvFormatError).record, name).toBe(1);
    }
  });
});
