/**
 * The central directory of a zip archive (an .xlsx file is one), read from the end of
 * the file before anything is unpacked: a truncated file has no directory, and a
 * decompression bomb shows itself in the sizes the directory declares.
 */
import type { FileHandle } from 'node:fs/promises';
import { ZipFormatError } from './errors';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; other methods are refused. */
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) throw new ZipFormatError('the file ended before the zip directory did');
  return buffer;
}

/** The end-of-central-directory record: the last thing a complete zip archive holds. */
async function findEndRecord(
  handle: FileHandle,
  fileSize: number,
): Promise<{ offset: number; size: number; count: number }> {
  const tailLength = Math.min(fileSize, EOCD_SIZE + MAX_COMMENT);
  const tail = await readAt(handle, fileSize - tailLength, tailLength);
  for (let at = tail.length - EOCD_SIZE; at >= 0; at--) {
    if (tail.readUInt32LE(at) !== EOCD_SIGNATURE) continue;
    const count = tail.readUInt16LE(at + 10);
    const size = tail.readUInt32LE(at + 12);
    const offset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      throw new ZipFormatError('it is a ZIP64 archive, larger than any workbook Pito reads');
    }
    return { offset, size, count };
  }
  throw new ZipFormatError('the end of the zip archive is missing (the file is truncated or not a workbook)');
}

export async function readZipDirectory(handle: FileHandle, fileSize: number): Promise<ZipEntry[]> {
  const end = await findEndRecord(handle, fileSize);
  if (end.offset + end.size > fileSize) throw new ZipFormatError('the zip directory points past the end of the file');
  const directory = await readAt(handle, end.offset, end.size);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let index = 0; index < end.count; index++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError('the zip directory is damaged');
    }
    const flags = directory.readUInt16LE(at + 8);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      method: directory.readUInt16LE(at + 10),
      crc32: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      uncompressedSize: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    };
    if (flags & 1) throw new ZipFormatError(`its part ${entry.name} is encrypted`);
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ZipFormatError(`its part ${entry.name} is compressed with a method spreadsheets do not use`);
    }
    if (entry.localHeaderOffset + entry.compressedSize > end.offset) {
      throw new ZipFormatError(`its part ${entry.name} reaches past the zip directory`);
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed bytes begin: after its local header, whose name and extra field may differ in length from the directory's. */
export async function entryDataOffset(handle: FileHandle, entry: ZipEntry): Promise<number> {
  const header = await readAt(handle, entry.localHeaderOffset, 30);
  if (header.readUInt32LE(0) !== 0x04034b50) throw new ZipFormatError(`the local header of ${entry.name} is missing`);
  return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}
