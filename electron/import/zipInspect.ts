/**
 * Checks an .xlsx archive before exceljs streams it, and learns its layout on the way.
 *
 * exceljs's streaming reader trusts the archive: on a truncated one it can wait forever,
 * and it inflates whatever a part claims to be. So every part is first unpacked here
 * with its bytes counted: the sizes the central directory declares must stay under the
 * cap, the inflated bytes must match them (a lying directory is how a bomb hides), and
 * the checksum must agree. Worksheets are scanned for references beyond Excel's limits.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { createInflateRaw, crc32 } from 'node:zlib';
import { readZipDirectory, entryDataOffset, ZipFormatError, type ZipEntry } from './zipDirectory';
import { SheetScanner } from './sheetScan';
import { readWorkbookLayout, type WorkbookLayout } from './workbookLayout';

/** 1 GiB: a million-row customer list unpacks to about 300 MB of XML. */
export const DEFAULT_MAX_UNPACKED_BYTES = 1024 ** 3;

export class ZipBombError extends Error {}
export class SheetLimitError extends Error {
  constructor(
    readonly part: string,
    readonly reference: string,
  ) {
    super(`${part} refers to ${reference}`);
  }
}

export class TruncatedPartError extends Error {}

/** The closing tag each part readers rely on must end with: without it the XML was cut short. */
function requiredEnding(part: string): RegExp | null {
  if (WORKSHEET_PART.test(part)) return /<\/(?:\w+:)?worksheet>\s*$/;
  if (part === 'xl/sharedStrings.xml') return /<\/(?:\w+:)?sst>\s*$/;
  if (part === 'xl/workbook.xml') return /<\/(?:\w+:)?workbook>\s*$/;
  return null;
}

/** The small XML parts whose text the layout needs. */
const LAYOUT_PARTS = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

interface Unpacked {
  text: string | null;
  rowCount: number | null;
}

async function unpackEntry(
  path: string,
  entry: ZipEntry,
  dataOffset: number,
  budget: { left: number },
): Promise<Unpacked> {
  const scanner = WORKSHEET_PART.test(entry.name) ? new SheetScanner() : null;
  const keep: Buffer[] | null = LAYOUT_PARTS.has(entry.name) ? [] : null;
  let size = 0;
  let crc = 0;
  let tail = Buffer.alloc(0);
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      budget.left -= chunk.length;
      if (size > entry.uncompressedSize || budget.left < 0) return done(new ZipBombError(entry.name));
      crc = crc32(chunk, crc);
      scanner?.push(chunk);
      if (scanner?.outOfRange) return done(new SheetLimitError(entry.name, scanner.outOfRange));
      keep?.push(chunk);
      tail = Buffer.concat([tail, chunk.subarray(-64)]).subarray(-64);
      done();
    },
  });
  if (entry.compressedSize > 0) {
    const end = dataOffset + entry.compressedSize - 1;
    const raw = createReadStream(path, { start: dataOffset, end, highWaterMark: 1 << 20 });
    if (entry.method === 8) await pipeline(raw, createInflateRaw({ chunkSize: 1 << 18 }), sink);
    else await pipeline(raw, sink);
  }
  if (size !== entry.uncompressedSize || crc !== entry.crc32) {
    throw new ZipFormatError(`its part ${entry.name} is damaged`);
  }
  if (requiredEnding(entry.name)?.test(tail.toString('latin1')) === false) throw new TruncatedPartError(entry.name);
  return { text: keep ? Buffer.concat(keep).toString('utf8') : null, rowCount: scanner?.rowCount ?? null };
}

/**
 * Verifies every part and returns the workbook's layout. Throws ZipFormatError (damaged or
 * truncated archive), ZipBombError (unpacks past the cap), TruncatedPartError (XML cut short)
 * or SheetLimitError (references beyond Excel).
 */
export async function inspectXlsx(
  path: string,
  maxUnpackedBytes = DEFAULT_MAX_UNPACKED_BYTES,
): Promise<WorkbookLayout> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const entries = await readZipDirectory(handle, size);
    const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (declared > maxUnpackedBytes) throw new ZipBombError('the whole archive');
    const budget = { left: maxUnpackedBytes };
    const texts = new Map<string, string>();
    const rowCounts = new Map<string, number>();
    for (const entry of entries) {
      if (entry.name.endsWith('/')) continue; // a folder
      const unpacked = await unpackEntry(path, entry, await entryDataOffset(handle, entry), budget);
      if (unpacked.text !== null) texts.set(entry.name, unpacked.text);
      if (unpacked.rowCount !== null) rowCounts.set(entry.name, unpacked.rowCount);
    }
    return readWorkbookLayout(texts, rowCounts);
  } finally {
    await handle.close();
  }
}
