import { describe, expect, it } from 'vitest';
import type { SheetRow } from '../../shared/parse';
import {
  MalformedPartError,
  SharedStringTooLongError,
  SheetDataError,
  SheetLimitError,
  TruncatedPartError,
} from './errors';
import { SharedStringsParser } from './sharedStrings';
import { MAX_CELL_XML, SheetParser } from './sheetParser';

const PART = 'xl/worksheets/sheet1.xml';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheet = (rows: string, head = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet ${NS}>${head}<sheetData>${rows}</sheetData><pageMargins left="0.7"/></worksheet>`;

function parse(xml: string, chunkSize = xml.length, sharedStrings: string[] = [], errorsAsText = false) {
  const parser = new SheetParser(PART, { sharedStrings, errorsAsText });
  const rows: SheetRow[] = [];
  for (let at = 0; at < xml.length; at += chunkSize) rows.push(...parser.push(xml.slice(at, at + chunkSize)));
  parser.end();
  return { rows, declaredRows: parser.declaredRows };
}

const cellsOf = (xml: string, options: { strings?: string[]; errorsAsText?: boolean } = {}) =>
  parse(sheet(`<row r="1">${xml}</row>`), undefined, options.strings, options.errorsAsText).rows[0]?.cells;

describe('SheetParser: cell types', () => {
  it('reads numbers, shared, inline and formula strings, truth values, errors and ISO dates', () => {
    const xml =
      '<c r="A1"><v>42.5</v></c><c r="B1" t="n"><v>-1E-3</v></c><c r="C1" t="s"><v>1</v></c>' +
      '<c r="D1" t="inlineStr"><is><t>inline</t></is></c><c r="E1" t="str"><f>A1&amp;"x"</f><v>42.5x</v></c>' +
      '<c r="F1" t="b"><v>1</v></c><c r="G1" t="b"><v>0</v></c><c r="H1" t="e"><v>#DIV/0!</v></c>' +
      '<c r="I1" t="d"><v>2024-02-29T00:00:00.000Z</v></c>';
    expect(cellsOf(xml, { strings: ['zero', 'one'] })).toEqual([
      42.5,
      -0.001,
      'one',
      'inline',
      '42.5x',
      true,
      false,
      null,
      '2024-02-29',
    ]);
    expect(cellsOf(xml, { strings: ['zero', 'one'], errorsAsText: true })?.[7]).toBe('#DIV/0!');
  });

  it('gives a formula its cached result, marks its column, and reads an uncalculated formula as empty', () => {
    const { rows } = parse(
      sheet(
        '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1&gt;0</f><v>1</v></c>' +
          '<c r="C1"><f>NOW()</f></c><c r="D1"><v>7</v></c></row>',
      ),
    );
    expect(rows[0]).toEqual({ number: 1, cells: [2, 1, null, 7], formulas: [0, 1, 2] });
  });

  it('reads rich text runs of an inline string, entities, character references and _xHHHH_ escapes', () => {
    const xml =
      '<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r></is></c>' +
      '<c r="B1" t="inlineStr"><is><t>Tom &amp; Jerry &lt;&gt; &quot;q&quot; &apos;a&apos; &#228;&#x20AC;</t></is></c>' +
      '<c r="C1" t="inlineStr"><is><t>line_x000D_break _x005F_x</t></is></c>' +
      '<c r="D1" t="inlineStr"><is><t xml:space="preserve">  padded  </t></is></c>';
    expect(cellsOf(xml)).toEqual(['Bold and plain', 'Tom & Jerry <> "q" \'a\' ä€', 'line\rbreak _x', '  padded  ']);
  });

  it('leaves empty, self-closing and missing cells null and places cells without r by order', () => {
    const { rows } = parse(
      sheet(
        '<row r="1"><c r="B1" s="1"/><c r="D1"><v>4</v></c><c><v>5</v></c><c r="G1"></c></row>' +
          '<row r="3" spans="1:2"/><row><c><v>1</v></c><c t="s"><v>0</v></c></row>',
      ),
      undefined,
      ['s'],
    );
    expect(rows).toEqual([
      { number: 1, cells: [null, null, null, 4, 5, null, null] },
      { number: 3, cells: [] },
      { number: 4, cells: [1, 's'] },
    ]);
  });

  it('reads a sheet whose elements carry a namespace prefix', () => {
    const xml =
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>id</x:t></x:is></x:c><x:c r="B1"><x:v>3</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    expect(parse(xml).rows).toEqual([{ number: 1, cells: ['id', 3] }]);
  });

  it('reads the row count a dimension declares, and an empty sheet', () => {
    expect(parse(sheet('<row r="1"/>', '<dimension ref="A1:F200001"/>')).declaredRows).toBe(200_001);
    const empty = `<worksheet ${NS}><dimension ref="A1"/><sheetData/></worksheet>`;
    expect(parse(empty)).toEqual({ rows: [], declaredRows: 1 });
  });
});

describe('SheetParser: chunks', () => {
  const xml = sheet(
    '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>a &amp; </t></r><r><t>b</t></r></is></c>' +
      '<c r="C1"><f>1/0</f><v>0.5</v></c></row><!-- a comment --><row r="2"><c r="A2" t="b"><v>1</v></c><c r="AB2"/></row>' +
      '<row r="9"><c r="XFD9" t="str"><v>last_x0009_col</v></c></row>',
    '<dimension ref="A1:XFD9"/><cols><col min="1" max="2" width="9"/></cols>',
  );

  it('reads the same rows whatever the chunk size, down to one character', () => {
    const whole = parse(xml, xml.length, ['ä']);
    expect(whole.rows).toHaveLength(3);
    expect(whole.rows[0]).toEqual({ number: 1, cells: ['ä', 'a & b', 0.5], formulas: [2] });
    expect(whole.rows[2]?.cells[16_383]).toBe('last\tcol');
    for (const size of [1, 2, 3, 7, 64]) expect(parse(xml, size, ['ä'])).toEqual(whole);
  });
});

describe('SheetParser: damaged and hostile XML', () => {
  it('detects XML cut short anywhere, never hanging or guessing', () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>');
    for (const cut of [10, 60, xml.indexOf('<row r="2"') + 5, xml.length - 30, xml.length - 5]) {
      expect(() => parse(xml.slice(0, cut), 16)).toThrow(TruncatedPartError);
    }
  });

  it.each([
    ['a row beyond 1 048 576', '<row r="1048577"><c r="A1048577"><v>1</v></c></row>', 'row 1048577'],
    ['a column beyond XFD', '<row r="2"><c r="XFE2"><v>1</v></c></row>', 'cell XFE2'],
    ['a column far beyond XFD', '<row r="2"><c r="ZZZZZZZ2"/></row>', 'cell ZZZZZZZ2'],
    ['a cell row beyond the limit', '<row><c r="A99999999"/></row>', 'cell A99999999'],
  ])('refuses %s', (_, rows, reference) => {
    const error = (() => {
      try {
        parse(sheet(rows));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SheetLimitError);
    expect(error).toMatchObject({ part: PART, reference });
  });

  it('accepts the last row and column Excel has', () => {
    const { rows } = parse(sheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'));
    expect(rows[0]?.number).toBe(1_048_576);
    expect(rows[0]?.cells).toHaveLength(16_384);
  });

  it.each([
    ['a reference that is no reference', '<row r="1"><c r="a1"><v>1</v></c></row>'],
    ['a row number that is no number', '<row r="x"/>'],
    ['an unknown cell type', '<row r="1"><c r="A1" t="q"><v>1</v></c></row>'],
    ['a cell that never ends', '<row r="1"><c r="A1"><v>1</v></row>'],
    ['an element where rows belong', '<rows/>'],
  ])('refuses %s', (_, rows) => {
    expect(() => parse(sheet(rows))).toThrow(MalformedPartError);
  });

  it('refuses a part that is not a worksheet', () => {
    expect(() => parse('<chartsheet><sheetPr/></chartsheet>')).toThrow('xl/worksheets/sheet1.xml: it is a chartsheet');
  });
});

describe('SheetParser: linear work and bounded memory', () => {
  const CHUNK = 'a'.repeat(1 << 16);

  it('refuses an endless cell once it outgrows any cell Excel writes, without gathering the rest', () => {
    const parser = new SheetParser(PART, { sharedStrings: [], errorsAsText: false });
    parser.push(`<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`);
    let pushed = 0;
    const error = (() => {
      try {
        for (; pushed < 5_000; pushed++) parser.push(CHUNK); // 5 000 chunks: 327 MB
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SheetDataError);
    expect(error).toMatchObject({ problem: 'cellTooLong', row: 1, cell: 'A1' });
    expect(pushed * CHUNK.length).toBeLessThanOrEqual(MAX_CELL_XML + CHUNK.length);
  });

  it('refuses a shared string item the same way', () => {
    const parser = new SharedStringsParser('xl/sharedStrings.xml');
    parser.push(`<sst ${NS}><si><t>one</t></si><si><t>`);
    let pushed = 0;
    expect(() => {
      for (; pushed < 5_000; pushed++) parser.push(CHUNK);
    }).toThrow(SharedStringTooLongError);
    expect(pushed * CHUNK.length).toBeLessThanOrEqual(MAX_CELL_XML + CHUNK.length);
  });

  it('reads long cells, comments and extension elements the same whatever the chunk size', () => {
    const long = 'x'.repeat(5_000);
    const xml = sheet(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c><!-- ${long} --><c r="C1"><v>3</v></c>` +
        `<extLst><ext uri="{x}"><y:z xmlns:y="u"/></ext></extLst></row><!-- between --><row r="4"/><row><c><v>5</v></c></row>`,
    );
    const whole = parse(xml);
    expect(whole.rows).toEqual([
      { number: 1, cells: [long, null, 3] },
      { number: 4, cells: [] },
      { number: 5, cells: [5] },
    ]);
    for (const size of [1, 7, 4096]) expect(parse(xml, size)).toEqual(whole);
  });

  it('reads many empty rows, and the cells after them, in their places', () => {
    const { rows } = parse(sheet(`${'<row></row>'.repeat(50_000)}<row><c r="B50001"><v>1</v></c></row>`), 1 << 16);
    expect(rows).toHaveLength(50_001);
    expect(rows[49_999]).toEqual({ number: 50_000, cells: [] });
    expect(rows[50_000]).toEqual({ number: 50_001, cells: [null, 1] });
  });
});
