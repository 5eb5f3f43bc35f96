/**
 * A CSV (or tab-separated .txt) file as a one-sheet source: streamed in chunks, decoded
 * by its detected encoding and split by its sniffed delimiter, so a big file never sits
 * in memory as one string.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { MessageKey } from '../../shared/i18n';

import type { CellValue, SheetRow } from '../../shared/parse';
import { PitoError } from '../errors';
import { CsvFormatError, CsvParser, type Delimiter } from './csvParser';
import { detectEncoding, sniffDelimiter, type TextKind } from './csvSniff';
import { Utf8Scan } from './csvUtf8';
import type { DecodeWarning, SourceBook, SourceSheet } from './sourceBook';

const SAMPLE_BYTES = 64 * 1024;
/** The most rows one batch holds, however many records a chunk completes (a chunk of blank lines is a million). */
const MAX_BATCH_ROWS = 8192;

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

/** 32767 → "32 767", as the messages in both languages write numbers. */
function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, ' ');
}

function readerError(key: MessageKey, params: Record<string, string | number>): PitoError {
  const { file, row } = params;
  return PitoError.fromReason('badFile', key, params, { file: String(file), ...(typeof row === 'number' && { row }) });
}

function formatError(fileName: string, error: CsvFormatError): PitoError {
  return readerError(`readerError.csv.${error.problem}`, {
    file: fileName,
    row: error.record,
    line: error.line,
    value: error.value,
    ...(error.limit !== null && { limit: groupDigits(error.limit) }),
  });
}

async function* csvRows(
  path: string,
  kind: TextKind,
  delimiter: Delimiter,
  warnings: DecodeWarning[],
): AsyncGenerator<SheetRow[]> {
  const decoder = new TextDecoder(kind.encoding);
  const parser = new CsvParser(delimiter);
  /** Watches a UTF-8 file until its first bad bytes, which the decoder reads as U+FFFD. */
  let scan = kind.encoding === 'utf-8' ? new Utf8Scan() : null;
  let rowNumber = 0;
  let widest = 0;
  const batches = function* (records: string[][]): Generator<SheetRow[]> {
    for (const record of records) widest = Math.max(widest, record.length);
    for (let from = 0; from < records.length; from += MAX_BATCH_ROWS) {
      const batch = records.slice(from, from + MAX_BATCH_ROWS);
      yield batch.map((record) => ({ number: ++rowNumber, cells: toCells(record) }));
    }
  };
  const badBytes = () => {
    warnings.push({ code: 'invalidUtf8', row: parser.row });
    scan = null;
  };
  try {
    for await (const chunk of createReadStream(path, { start: kind.bomLength, highWaterMark: 1 << 20 })) {
      const bytes = chunk as Buffer;
      const bad = scan ? scan.feed(bytes, true) : -1;
      let records: string[][];
      if (bad < 0) records = parser.push(decoder.decode(bytes, { stream: true }));
      else {
        records = parser.push(decoder.decode(bytes.subarray(0, bad), { stream: true }));
        badBytes(); // the record being read holds the first bad byte
        records = records.concat(parser.push(decoder.decode(bytes.subarray(bad), { stream: true })));
      }
      yield* batches(records);
    }
    if (scan?.unfinished) badBytes(); // the file ends inside a character
    const last = parser.push(decoder.decode());
    yield* batches(last);
    const unterminated = parser.end();
    // A last line with no line break and fewer fields than the others: the file may have been cut short there.
    const cut = unterminated[unterminated.length - 1];
    if (cut && cut.length < widest) warnings.push({ code: 'lastRowCutShort', row: rowNumber + unterminated.length });
    yield* batches(unterminated);
  } catch (error) {
    if (error instanceof CsvFormatError) throw formatError(basename(path), error);
    throw error;
  }
}

export async function openCsv(path: string): Promise<SourceBook> {
  const head = await readHead(path);
  const file = basename(path);
  if (head.length === 0) throw readerError('readerError.csv.empty', { file });
  const kind = detectEncoding(head);
  if (!kind) throw readerError('readerError.csv.notText', { file });
  const sample = new TextDecoder(kind.encoding).decode(head.subarray(kind.bomLength), { stream: true });
  const delimiter = sniffDelimiter(sample);
  const decodeWarnings: DecodeWarning[] = [];
  const sheet: SourceSheet = { name: null, totalRows: null, rows: csvRows(path, kind, delimiter, decodeWarnings) };
  return { sheetNames: [], date1904: false, delimiter, sheets: oneSheet(sheet), decodeWarnings };
}

async function* oneSheet(sheet: SourceSheet): AsyncGenerator<SourceSheet> {
  yield sheet;
}
