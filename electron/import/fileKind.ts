/**
 * What a file is, by its first bytes rather than its name: an .xlsx is a zip archive,
 * a password-protected workbook is an OLE compound file holding an EncryptionInfo
 * stream (Excel encrypts the whole package), an old .xls is an OLE file without one.
 */
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
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

export async function detectFileKind(path: string): Promise<FileKind> {
  const fileName = basename(path);
  const head = await readStart(path, 8);
  if (head.length === 0) throw new PitoError('badFile', `${fileName} is empty.`, { file: fileName });
  if (startsWith(head, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(head, EMPTY_ZIP_MAGIC)) {
    throw new PitoError('badFile', `${fileName} is an empty zip archive, not an Excel workbook.`, { file: fileName });
  }
  if (startsWith(head, OLE_MAGIC)) {
    const encrypted = (await readStart(path, OLE_SEARCH_BYTES)).includes(ENCRYPTION_INFO);
    throw new PitoError(
      'badFile',
      encrypted
        ? `${fileName} is a password-protected workbook. Open it in Excel, remove the password (File > Info > Protect Workbook) and import it again.`
        : `${fileName} is an old Excel 97-2003 workbook (.xls). Save it in Excel as an .xlsx workbook or as CSV and import that.`,
      { file: fileName },
    );
  }
  if (extname(path).toLowerCase() === '.xlsx') {
    throw new PitoError(
      'badFile',
      `${fileName} is not an Excel workbook: an .xlsx file is a zip archive and this is not one.`,
      {
        file: fileName,
      },
    );
  }
  return 'csv';
}
