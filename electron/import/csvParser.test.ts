import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvFieldTooLongError, CsvParser, parseCsvText, type Delimiter } from './csvParser';

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

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsvText('5" screen,2\n', ',')).toEqual([['5" screen', '2']]);
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

  it('stops a quoted field that never ends', () => {
    const parser = new CsvParser(',');
    parser.push('a,b\n"open');
    expect(() => parser.push('x'.repeat(1_000_001))).toThrow(CsvFieldTooLongError);
  });
});
