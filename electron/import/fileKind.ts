/**
 * What a file is, by its first bytes rather than its name: an .xlsx is a zip archive,
 * a password-protected workbook is an OLE compound file holding an EncryptionInfo
 * stream (Excel encrypts the whole package), an old .xls is an OLE file without one.
 */
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { MessageKey } from '../../shared/i18n';
import { PitoError } from '../errors';

export type FileKind = 'xlsx' | 'csv';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The OLE directory names its streams in UTF-16LE; the directory sits within the first megabytes of a small file. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
const OLE_SEARCH_BYTES = 16 * 1024 * 1024;

function startsWith(bytes: Buffer, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

async function readStart(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A bad-file error whose message is the English of its catalog reason, so the CLI and the UI say the same. */
function badFile(key: MessageKey, fileName: string): PitoError {
  const params = { file: fileName };
  return PitoError.fromReason('badFile', key, params, { file: fileName });
}

export async function detectFileKind(path: string): Promise<FileKind> {
  const fileName = basename(path);
  const head = await readStart(path, 8);
  if (head.length === 0) throw badFile('importError.emptyFile', fileName);
  if (startsWith(head, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(head, EMPTY_ZIP_MAGIC)) throw badFile('importError.emptyZip', fileName);
  if (startsWith(head, OLE_MAGIC)) {
    const encrypted = (await readStart(path, OLE_SEARCH_BYTES)).includes(ENCRYPTION_INFO);
    throw badFile(encrypted ? 'importError.passwordProtected' : 'importError.oldXls', fileName);
  }
  if (extname(path).toLowerCase() === '.xlsx') throw badFile('importError.notAZip', fileName);
  return 'csv';
}
