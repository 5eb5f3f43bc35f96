import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DelimitedTextParser, parseDelimitedText, quoteField } from './delimitedText';

const DELIMITERS = [',', ';', '\t'] as const;
const LINE_BREAKS = ['\n', '\r\n', '\r'] as const;

/** The records of `text` pushed in pieces cut at `cuts` (taken modulo its length). */
function parseInChunks(text: string, delimiter: string, cuts: readonly number[]): string[][] {
  const parser = new DelimitedTextParser(delimiter);
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const records: string[][] = [];
  let from = 0;
  for (const point of [...points, text.length]) {
    records.push(...parser.push(text.slice(from, point)));
    from = point;
  }
  records.push(...parser.end());
  return records;
}

describe('the quote rules', () => {
  it('unwraps a quoted field holding the delimiter, a line break and doubled quotes', () => {
    expect(parseDelimitedText('"Oy Ab, Ltd","say ""hi""","two\nlines","",x\n', ',')).toEqual([
      ['Oy Ab, Ltd', 'say "hi"', 'two\nlines', '', 'x'],
    ]);
    expect(parseDelimitedText('"a\r\nb"\t""""\n', '\t')).toEqual([['a\r\nb', '"']]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseDelimitedText('5" screen,2\n', ',')).toEqual([['5" screen', '2']]);
    expect(parseDelimitedText('say "hi"\t"x"\n', '\t')).toEqual([['say "hi"', 'x']]);
  });

  it('reads `"5" inch` as written: a quote followed by more text does not close the field', () => {
    for (const delimiter of DELIMITERS) {
      expect(parseDelimitedText(`"5" inch${delimiter}2\n`, delimiter)).toEqual([['"5" inch', '2']]);
    }
    expect(parseDelimitedText('"a"b"c,"p""q" r\n', ',')).toEqual([['"a"b"c', '"p""q" r']]);
  });

  it('splits a field whose quote turned out to be text at its delimiters and line breaks', () => {
    expect(parseDelimitedText('"x,y" z,4\n', ',')).toEqual([['"x', 'y" z', '4']]);
    expect(parseDelimitedText('"two\nlines" x,8\nnext,9\n', ',')).toEqual([['"two'], ['lines" x', '8'], ['next', '9']]);
    // A field the split opens with a quote is read by the same rules.
    expect(parseDelimitedText('"a,"b,c" d\n', ',')).toEqual([['"a', '"b', 'c" d']]);
    expect(parseDelimitedText('"a,"b,c",d\n', ',')).toEqual([['"a', 'b,c', 'd']]);
  });

  it('reads a quote that never closes as text', () => {
    expect(parseDelimitedText('a,"open,5\nafter,6\n', ',')).toEqual([
      ['a', '"open', '5'],
      ['after', '6'],
    ]);
    expect(parseDelimitedText('"', '\t')).toEqual([['"']]);
  });

  it('closes a quoted field at the end of the text', () => {
    expect(parseDelimitedText('a,"b"', ',')).toEqual([['a', 'b']]);
    expect(parseDelimitedText('""', ',')).toEqual([['']]);
  });

  it('ends a record at LF, CRLF or CR, and needs no line break after the last', () => {
    expect(parseDelimitedText('a;b\r\nc;d\ne;f\rg;h', ';')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
    expect(parseDelimitedText('a,,c\n\n,\n', ',')).toEqual([['a', '', 'c'], [''], ['', '']]);
    expect(parseDelimitedText('', ',')).toEqual([]);
  });

  it('gives back any fields it quoted, however the text is cut into chunks', () => {
    const field = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom('"', ',', ';', '\t', '\n', '\r', ' ', 'x') }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...DELIMITERS),
        fc.constantFrom(...LINE_BREAKS),
        fc.array(fc.nat(), { maxLength: 5 }),
        (records, delimiter, lineBreak, cuts) => {
          const text = records.map((record) => record.map(quoteField).join(delimiter)).join(lineBreak);
          expect(parseInChunks(text, delimiter, cuts)).toEqual(records);
        },
      ),
    );
  });

  it('gives back unquoted fields as written, quotes and all', () => {
    // A field that does not begin with a quote, without the delimiter or a line break.
    const field = fc.string({ unit: fc.constantFrom('"', ' ', 'x', '5') }).filter((text) => !text.startsWith('"'));
    fc.assert(
      fc.property(
        fc.array(field, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...DELIMITERS),
        (record, delimiter) => {
          expect(parseDelimitedText(`${record.join(delimiter)}\n`, delimiter)).toEqual([record]);
        },
      ),
    );
  });

  it('reads any text the same however it is cut into chunks', () => {
    const piece = fc.constantFrom('a', ' ', '"', '""', ',', '\n', '\r', '\r\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 6 }), (pieces, cuts) => {
        const text = pieces.join('');
        expect(parseInChunks(text, ',', cuts)).toEqual(parseDelimitedText(text, ','));
      }),
    );
  });

  it('counts the line where each field begins, inside quotes too', () => {
    class Lines extends DelimitedTextParser {
      readonly starts: number[] = [];
      protected override endField(text: string, line: number): void {
        this.starts.push(this.fieldLine);
        super.endField(text, line);
      }
    }
    const parser = new Lines(',');
    parser.push('a,"b\r\nc",d\r"e\nf" g,h\n');
    expect(parser.starts).toEqual([1, 1, 2, 3, 4, 4]);
  });
});
