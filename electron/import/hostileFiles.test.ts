/**
 * Every hostile or broken file gives a clear badFile error naming the file, quickly, and
 * never a hang or a crash. The files are generated here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildZip, minimalXlsxParts, sheetRowXml } from '../../test/support/zipWriter';
import { tempFolder, writeText, writeXlsx } from '../../test/support/workbooks';
import { translate } from '../../shared/i18n';
import { PitoError } from '../errors';
import { previewImport, runImport } from './importFile';
import { runInWorker } from './workerClient';

const folder = tempFolder('hostile');
afterAll(() => folder.remove());

const header = sheetRowXml(1, ['Customer ID', 'Start date']);
const dataRow = sheetRowXml(2, ['A', 45323]);

async function previewError(path: string, limits = {}): Promise<PitoError> {
  const error = await previewImport(path, null, { limits }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PitoError);
  expectReasoned(error as PitoError);
  return error as PitoError;
}

/** The error says in the UI language what its English message says: its reason, in both catalogs. */
function expectReasoned(error: PitoError): void {
  expect(error.reason, error.message).toBeDefined();
  const { key, params } = error.reason as NonNullable<PitoError['reason']>;
  expect(translate('en', key, params)).toBe(error.message);
  expect(translate('fi', key, params)).not.toMatch(/\{\w+\}/);
}

async function rejection(running: Promise<unknown>): Promise<PitoError> {
  const error = await running.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PitoError);
  expectReasoned(error as PitoError);
  return error as PitoError;
}

function writeZip(name: string, parts: Parameters<typeof buildZip>[0]): string {
  return writeText(folder.file(name), buildZip(parts));
}

describe('hostile workbooks', () => {
  it('a file named .xlsx that is not a zip', async () => {
    const error = await previewError(writeText(folder.file('fake.xlsx'), 'Customer ID;Start date\n'));
    expect(error.code).toBe('badFile');
    expect(error.message).toBe(
      'fake.xlsx is not an Excel workbook: an .xlsx file is a zip archive and this is not one.',
    );
  });

  it('a truncated zip', async () => {
    const whole = readFileSync(
      await writeXlsx(folder.file('whole.xlsx'), [{ name: 'S', rows: [['Customer ID', 'Start date']] }]),
    );
    const path = writeText(folder.file('truncated.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
    expect((await previewError(path)).message).toMatch(
      /^truncated\.xlsx is damaged or incomplete: the end of the zip archive is missing/,
    );
  });

  it('a zip whose part is damaged', async () => {
    const parts = minimalXlsxParts(header + dataRow);
    const path = writeZip(
      'badcrc.xlsx',
      parts.map((part) => (part.name.includes('sheet1') ? { ...part, declaredCrc: 1 } : part)),
    );
    expect((await previewError(path)).message).toMatch(
      /^badcrc\.xlsx is damaged or incomplete: its part xl\/worksheets\/sheet1\.xml is damaged/,
    );
  });

  it('truncated sheet XML inside a sound zip', async () => {
    const parts = minimalXlsxParts(header + dataRow).map((part) =>
      part.name.endsWith('sheet1.xml') ? { ...part, data: String(part.data).slice(0, -40) } : part,
    );
    expect((await previewError(writeZip('cut.xlsx', parts))).message).toBe(
      'cut.xlsx is damaged: the XML of xl/worksheets/sheet1.xml is cut short.',
    );
  });

  it('a decompression bomb that declares its size', async () => {
    const bomb = { name: 'xl/media/bomb.bin', data: Buffer.alloc(20 * 1024 * 1024) };
    const path = writeZip('bomb.xlsx', [...minimalXlsxParts(header + dataRow), bomb]);
    expect((await previewError(path, { maxUnpackedBytes: 10 * 1024 * 1024 })).message).toMatch(
      /^bomb\.xlsx would unpack to more than Pito reads.*decompression bomb/,
    );
  });

  it('a decompression bomb that lies about its size', async () => {
    const bomb = { name: 'xl/media/bomb.bin', data: Buffer.alloc(20 * 1024 * 1024), declaredSize: 100 };
    const path = writeZip('liar.xlsx', [...minimalXlsxParts(header + dataRow), bomb]);
    expect((await previewError(path)).message).toMatch(
      /^liar\.xlsx would unpack to more than Pito reads \(xl\/media\/bomb\.bin/,
    );
  });

  it.each([
    ['a row beyond 1 048 576', `${header}<row r="1048577"><c r="A1048577"><v>1</v></c></row>`, 'row 1048577'],
    ['a column beyond XFD', `${header}<row r="2"><c r="XFE2"><v>1</v></c></row>`, 'cell XFE2'],
    ['a column far beyond XFD', `${header}<row r="2"><c r="ZZZZZZZ2"><v>1</v></c></row>`, 'cell ZZZZZZZ2'],
  ])('%s', async (_, sheetData, reference) => {
    const path = writeZip('limits.xlsx', minimalXlsxParts(sheetData));
    expect((await previewError(path)).message).toBe(
      `limits.xlsx is damaged: xl/worksheets/sheet1.xml refers to ${reference}, beyond Excel's limits of 1 048 576 rows and columns up to XFD.`,
    );
  });

  it('an empty sheet', async () => {
    const path = await writeXlsx(folder.file('empty.xlsx'), [{ name: 'Tyhjä', rows: [] }]);
    expect((await previewError(path)).message).toBe('empty.xlsx: sheet "Tyhjä" is empty: it has no rows to import.');
  });

  it('no recognisable header: the preview still opens for mapping by hand, the import names what is missing', async () => {
    const path = await writeXlsx(folder.file('noheader.xlsx'), [
      {
        name: 'Data',
        rows: [
          ['Name', 'City'],
          ['Ann', 'Oulu'],
        ],
      },
    ]);
    const preview = await previewImport(path, null);
    expect(preview).toMatchObject({ headerFound: false, headerRow: 1, headers: ['Name', 'City'], sheet: 'Data' });
    expect(preview.mapping.columns).toEqual({});
    await expect(runImport(path, { sheet: null, mapping: null, periodKind: 'month' })).rejects.toThrow(
      'noheader.xlsx: no column is chosen for "Start date", which a customer list needs.',
    );
  });

  it('a sheet that does not exist', async () => {
    const path = await writeXlsx(folder.file('sheets.xlsx'), [{ name: 'A', rows: [['Customer', 'Start']] }]);
    expect((await rejection(previewImport(path, 'B'))).message).toBe(
      'sheets.xlsx has no sheet named "B"; its sheets are "A".',
    );
  });

  it('a password-protected workbook', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(1000),
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.alloc(100),
    ]);
    expect((await previewError(writeText(folder.file('secret.xlsx'), ole))).message).toMatch(
      /^secret\.xlsx is a password-protected workbook\./,
    );
  });

  it('an old .xls workbook', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1000)]);
    expect((await previewError(writeText(folder.file('old.xls'), ole))).message).toMatch(
      /^old\.xls is an old Excel 97-2003 workbook/,
    );
  });
});

describe('hostile text files', () => {
  it('binary junk named .csv', async () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256));
    expect((await previewError(writeText(folder.file('junk.csv'), junk))).message).toBe(
      'junk.csv is not a text file, so it cannot be read as CSV.',
    );
  });

  it('an empty file', async () => {
    expect((await previewError(writeText(folder.file('nothing.csv'), ''))).message).toBe('nothing.csv is empty.');
  });

  it('a quote that never closes', async () => {
    const text = `Customer;Start\n1;"1.1.2024\n${'x;'.repeat(600_000)}`;
    const path = writeText(folder.file('quote.csv'), text);
    const mapping = {
      shape: 'customerList' as const,
      columns: { customerId: 0, startDate: 1 },
      dateOrder: 'dayFirst' as const,
    };
    await expect(runImport(path, { sheet: null, mapping, periodKind: 'month' })).rejects.toThrow(
      'quote.csv: a quoted field that starts on row 2 never ends; check the quotes of that row.',
    );
  });
});

describe('the worker guard', () => {
  const script = (name: string, source: string) => {
    writeFileSync(folder.file(name), source);
    return folder.file(name);
  };
  const request = { kind: 'preview' as const, path: '/nowhere/stuck.xlsx', sheet: null, limits: {} };

  it('ends a worker that stops making progress', async () => {
    const workerPath = script('stuck.cjs', 'for (;;) {}');
    const started = Date.now();
    expect((await rejection(runInWorker(request, { workerPath, stallMs: 500 }))).message).toBe(
      'stuck.xlsx could not be read: reading it stopped making progress (the file may be damaged).',
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('reports a worker that ends without answering', async () => {
    const workerPath = script('quits.cjs', '');
    expect((await rejection(runInWorker(request, { workerPath }))).message).toContain(
      'the reader ended without an answer',
    );
  });

  it('caps the worker memory', async () => {
    const workerPath = script(
      'hungry.cjs',
      'const keep = []; for (;;) keep.push(new Array(100000).fill(Math.random()));',
    );
    expect((await rejection(runInWorker(request, { workerPath, memoryLimitMb: 64 }))).message).toBe(
      'stuck.xlsx needs more memory than an import may use (64 MB): it is too large or damaged.',
    );
  });

  it('cancels', async () => {
    const workerPath = script('slow.cjs', 'setInterval(() => {}, 1000);');
    const controller = new AbortController();
    const running = runInWorker(request, { workerPath, signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toMatchObject({
      code: 'cancelled',
      message: 'The import of stuck.xlsx was cancelled.',
    });
  });
});
