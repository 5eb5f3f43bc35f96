import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { SheetRow } from '../../shared/parse';
import { tempFolder, writeText } from '../../test/support/workbooks';
import { PitoError } from '../errors';
import { CSV_LIMITS } from './csvParser';
import { openCsv } from './csvSource';
import { importWithDetectedMapping } from '../../test/support/importDetected';
import type { SourceBook } from './sourceBook';

const folder = tempFolder('csv-source');
afterAll(() => folder.remove());

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const cp1252 = (text: string) => Buffer.from(text, 'latin1'); // the same bytes for ä, ö, å and é

async function readAll(path: string): Promise<{ book: SourceBook; rows: SheetRow[]; batches: number[] }> {
  const book = await openCsv(path);
  const rows: SheetRow[] = [];
  const batches: number[] = [];
  for await (const sheet of book.sheets) {
    for await (const batch of sheet.rows) {
      rows.push(...batch);
      batches.push(batch.length);
    }
  }
  return { book, rows, batches };
}

async function readError(path: string): Promise<PitoError> {
  const caught = await readAll(path).then(
    () => null,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(PitoError);
  return caught as PitoError;
}

const header = 'Asiakasnumero;Aloituspäivä;Päättymispäivä\n';

describe('the encoding of a CSV file', () => {
  it('reads UTF-8 with a few bad bytes in row 3 as UTF-8, with a warning naming row 3', async () => {
    const path = writeText(
      folder.file('damaged.csv'),
      Buffer.concat([
        utf8(`${header}1;1.1.2024;1.3.2024\n`),
        cp1252('2;1.2.2024;1.4.2024;Mäki\n'),
        utf8('3;1.3.2024;;Hyvönen\n4;1.4.2024;\n'),
      ]),
    );
    const { book, rows } = await readAll(path);
    expect(rows[0]?.cells).toEqual(['Asiakasnumero', 'Aloituspäivä', 'Päättymispäivä']);
    expect(rows[2]).toEqual({ number: 3, cells: ['2', '1.2.2024', '1.4.2024', 'M\uFFFDki'] });
    expect(rows[3]?.cells[3]).toBe('Hyvönen');
    expect(book.decodeWarnings).toEqual([{ code: 'invalidUtf8', row: 3 }]);

    const result = await importWithDetectedMapping(path, { sheet: null, periodKind: 'month' });
    expect(result.report.mapping.endDate?.header).toBe('Päättymispäivä');
    expect(result.customers?.filter((customer) => customer.end !== null)).toHaveLength(2);
  });

  it('still reads a Windows-1252 file as Windows-1252, without a warning', async () => {
    const path = writeText(folder.file('ansi.csv'), cp1252(`${header}1;1.1.2024;1.3.2024\n2;1.2.2024;;Mäki\n`));
    const { book, rows } = await readAll(path);
    expect(rows[0]?.cells[2]).toBe('Päättymispäivä');
    expect(rows[2]?.cells[3]).toBe('Mäki');
    expect(book.decodeWarnings).toEqual([]);
  });

  it('finds bad bytes past the first chunk and where a character is cut between chunks', async () => {
    const line = '1;1.1.2024;\n';
    const filler = line.repeat(Math.floor(((1 << 20) - 1000) / line.length)); // rows 2 to fillerRows + 1
    const fillerRows = filler.length / line.length;
    // Row fillerRows + 2 ends in "€", whose three bytes straddle the 1 MB chunk boundary.
    const pad = 'x'.repeat((1 << 20) - 2 - Buffer.byteLength(header + filler));
    const fine = writeText(folder.file('boundary.csv'), utf8(`${header}${filler}${pad};€\n2;1.1.2024;\n`));
    const read = await readAll(fine);
    expect(read.rows.at(-2)?.cells.at(-1)).toBe('€');
    expect(read.book.decodeWarnings).toEqual([]);

    const cut = writeText(
      folder.file('cut.csv'),
      Buffer.concat([utf8(`${header}${filler}${pad};`), Buffer.of(0xe2, 0x82), utf8('\n2;1.1.2024;\n')]),
    );
    expect((await readAll(cut)).book.decodeWarnings).toEqual([{ code: 'invalidUtf8', row: fillerRows + 2 }]);

    const truncated = writeText(folder.file('truncated.csv'), Buffer.concat([utf8(`${header}1;x`), Buffer.of(0xc3)]));
    const end = await readAll(truncated);
    expect(end.rows.at(-1)?.cells).toEqual(['1', 'x\uFFFD']);
    // Cut inside a character, and short of the header's fields with no line break: cut short twice over.
    expect(end.book.decodeWarnings).toEqual([
      { code: 'invalidUtf8', row: 2 },
      { code: 'lastRowCutShort', row: 2 },
    ]);
  });
});

describe('a CSV file that cannot be read', () => {
  it('an unclosed quote, naming the row and the line where it opened', async () => {
    const path = writeText(
      folder.file('unclosed.csv'),
      `Customer;Notes\n1;"two\nlines"\n2;"never ${'closed '.repeat(30)}\n3;x\n`,
    );
    const error = await readError(path);
    expect(error).toMatchObject({ code: 'badFile', file: 'unclosed.csv', row: 3 });
    const value = `never ${'closed '.repeat(30)}`.slice(0, 79) + '…';
    expect(error.reason).toEqual({
      key: 'readerError.csv.unclosedQuote',
      params: { file: 'unclosed.csv', row: 3, line: 4, value },
    });
    expect(error.message).toBe(
      `unclosed.csv: a quoted field that starts on row 3 never ends; check the quotes of that row. The file ends before a quote closes the field, which starts on line 4 in a text editor with "${value}".`,
    );
  });

  it('a field longer than 32 767 characters, naming its row and line', async () => {
    const path = writeText(
      folder.file('long.csv'),
      `Customer;Notes\n1;x\n2;${'n'.repeat(CSV_LIMITS.fieldLength + 1)}\n`,
    );
    const error = await readError(path);
    expect(error).toMatchObject({ code: 'badFile', row: 3 });
    expect(error.reason).toEqual({
      key: 'readerError.csv.fieldTooLong',
      params: { file: 'long.csv', row: 3, line: 3, limit: '32 767', value: `${'n'.repeat(79)}…` },
    });
    expect(error.message).toMatch(/^long\.csv: row 3 has a field of more than 32 767 characters/);
  });

  it('a 50 MB file of one line ends with an error', async () => {
    const path = folder.file('oneline.csv');
    writeFileSync(path, 'Customer;Start;'.repeat((50 << 20) / 15));
    const error = await readError(path);
    expect(error.reason?.key).toBe('readerError.csv.tooManyFields');
    expect(error.reason?.params).toMatchObject({ row: 1, line: 1, limit: '16 384' });
  });

  it('an empty file and a binary one, with reasons', async () => {
    expect((await readError(writeText(folder.file('empty.csv'), ''))).reason).toEqual({
      key: 'readerError.csv.empty',
      params: { file: 'empty.csv' },
    });
    const binary = writeText(folder.file('binary.csv'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0]));
    expect((await readError(binary)).reason?.key).toBe('readerError.csv.notText');
  });
});

describe('batches', () => {
  it('hold at most 8192 rows, however many records a chunk completes', async () => {
    const { rows, batches } = await readAll(writeText(folder.file('blank.csv'), `a;b\n${'\n'.repeat(1 << 20)}`));
    expect(rows).toHaveLength((1 << 20) + 1);
    expect(rows.at(-1)?.number).toBe((1 << 20) + 1);
    expect(Math.max(...batches)).toBe(8192);
  });
});
