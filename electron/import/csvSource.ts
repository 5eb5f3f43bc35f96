/**
 * A CSV (or tab-separated .txt) file as a one-sheet source: streamed in chunks, decoded
 * by its detected encoding and split by its sniffed delimiter, so a big file never sits
 * in memory as one string.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CellValue } from '../../shared/parse';
import { PitoError } from '../errors';
import { CsvFieldTooLongError, CsvParser, type Delimiter } from './csvParser';
import { detectEncoding, sniffDelimiter, type TextKind } from './csvSniff';
import type { SourceBook, SourceRow, SourceSheet } from './sourceRows';

const SAMPLE_BYTES = 64 * 1024;

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function toCells(record: string[]): CellValue[] {
  return record.map((field) => (field === '' ? null : field));
}

async function* csvRows(path: string, kind: TextKind, delimiter: Delimiter): AsyncGenerator<SourceRow[]> {
  const decoder = new TextDecoder(kind.encoding);
  const parser = new CsvParser(delimiter);
  let rowNumber = 0;
  const numbered = (records: string[][]): SourceRow[] =>
    records.map((record) => ({ number: ++rowNumber, cells: toCells(record) }));
  try {
    for await (const chunk of createReadStream(path, { start: kind.bomLength, highWaterMark: 1 << 20 })) {
      const rows = numbered(parser.push(decoder.decode(chunk as Buffer, { stream: true })));
      if (rows.length > 0) yield rows;
    }
    yield numbered([...parser.push(decoder.decode()), ...parser.end()]);
  } catch (error) {
    if (!(error instanceof CsvFieldTooLongError)) throw error;
    throw new PitoError(
      'badFile',
      `${basename(path)}: a quoted field that starts on row ${error.record} never ends; check the quotes of that row.`,
      { file: basename(path), row: error.record },
    );
  }
}

export async function openCsv(path: string): Promise<SourceBook> {
  const head = await readHead(path);
  const fileName = basename(path);
  if (head.length === 0) throw new PitoError('badFile', `${fileName} is empty.`, { file: fileName });
  const kind = detectEncoding(head);
  if (!kind) {
    throw new PitoError('badFile', `${fileName} is not a text file, so it cannot be read as CSV.`, { file: fileName });
  }
  const sample = new TextDecoder(kind.encoding).decode(head.subarray(kind.bomLength), { stream: true });
  const delimiter = sniffDelimiter(sample);
  const sheet: SourceSheet = { name: null, totalRows: null, rows: csvRows(path, kind, delimiter) };
  return { sheetNames: [], date1904: false, delimiter, sheets: oneSheet(sheet) };
}

async function* oneSheet(sheet: SourceSheet): AsyncGenerator<SourceSheet> {
  yield sheet;
}
