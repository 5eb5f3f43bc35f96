/**
 * A zip archive (an .xlsx file is one) opened by its central directory, with each part
 * unpacked as a stream on demand, in any order the reader needs: the directory's sizes
 * must stay under the cap, and while a part inflates its bytes are counted (a part that
 * unpacks to more than it declares is how a decompression bomb hides) and its checksum
 * is checked at the end.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw, crc32 } from 'node:zlib';
import { DuplicatePartError, ZipBombError, ZipFormatError } from './errors';
import { entryDataOffset, readZipDirectory, type ZipEntry } from './zipDirectory';

/** 1 GiB: a million-row customer list unpacks to about 300 MB of XML. */
export const DEFAULT_MAX_UNPACKED_BYTES = 1024 ** 3;

const READ_CHUNK = 1 << 20;
const INFLATE_CHUNK = 1 << 18;

interface Located extends ZipEntry {
  dataOffset: number;
}

export class ZipArchive {
  private constructor(
    private readonly path: string,
    private readonly entries: Map<string, Located>,
  ) {}

  /**
   * Reads the directory; throws ZipFormatError for a damaged archive (DuplicatePartError for
   * two entries of one name), ZipBombError past the cap.
   */
  static async open(path: string, maxUnpackedBytes = DEFAULT_MAX_UNPACKED_BYTES): Promise<ZipArchive> {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      const entries = await readZipDirectory(handle, size);
      const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
      if (declared > maxUnpackedBytes) throw new ZipBombError('the whole archive');
      const located = new Map<string, Located>();
      const seen = new Set<string>();
      for (const entry of entries) {
        if (entry.name.endsWith('/')) continue; // a folder
        // Two entries of one name: a reader picks one, Excel may pick the other. Part names compare ignoring ASCII case.
        const key = entry.name.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
        if (seen.has(key)) throw new DuplicatePartError(entry.name);
        seen.add(key);
        located.set(entry.name, { ...entry, dataOffset: await entryDataOffset(handle, entry) });
      }
      return new ZipArchive(path, located);
    } finally {
      await handle.close();
    }
  }

  get names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The unpacked size the directory declares for a part (0 when there is no such part). */
  unpackedSize(name: string): number {
    return this.entries.get(name)?.uncompressedSize ?? 0;
  }

  /** The part's bytes as they inflate; throws ZipBombError or ZipFormatError (size or checksum wrong). */
  async *chunks(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipFormatError(`it has no part ${name}`);
    let size = 0;
    let crc = 0;
    if (entry.compressedSize > 0) {
      const end = entry.dataOffset + entry.compressedSize - 1;
      const raw = createReadStream(this.path, { start: entry.dataOffset, end, highWaterMark: READ_CHUNK });
      const inflate = entry.method === 8 ? createInflateRaw({ chunkSize: INFLATE_CHUNK }) : null;
      if (inflate) {
        raw.on('error', (error) => inflate.destroy(error));
        raw.pipe(inflate);
      }
      try {
        for await (const chunk of inflate ?? raw) {
          const bytes = chunk as Buffer;
          size += bytes.length;
          if (size > entry.uncompressedSize) throw new ZipBombError(name);
          crc = crc32(bytes, crc);
          yield bytes;
        }
      } finally {
        raw.destroy();
        inflate?.destroy();
      }
    }
    if (size !== entry.uncompressedSize || crc !== entry.crc32) throw new ZipFormatError(`its part ${name} is damaged`);
  }

  /** A whole part as UTF-8 text, or null when the archive has no such part. */
  async text(name: string): Promise<string | null> {
    if (!this.entries.has(name)) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of this.chunks(name)) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  }

  /** Unpacks a part only to check it: its size and checksum. */
  async verify(name: string): Promise<void> {
    for await (const chunk of this.chunks(name)) void chunk;
  }
}
