/**
 * What kind of text a CSV file is: its encoding (UTF-8 with or without BOM, UTF-16 by
 * BOM, UTF-8 when the first bytes read as UTF-8 apart from a few bad ones, else
 * Windows-1252, which Excel's "CSV" save uses on Finnish Windows) and its delimiter, read
 * from the header row with quotes honoured.
 */
import { HEADER_SEARCH_ROWS, readsAsHeader } from './detect/detectMapping';
import { parseCsvText, type Delimiter } from './csvParser';
import { readsAsUtf8 } from './csvUtf8';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];

export interface TextKind {
  encoding: TextEncoding;
  /** Bytes of byte order mark to skip. */
  bomLength: number;
}

/** The encoding of a file from its first bytes; null when the bytes are not text at all. */
export function detectEncoding(head: Uint8Array): TextKind | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return null;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13) controls++;
  }
  if (controls > head.length / 100) return null;
  // A few bad bytes in UTF-8 text decode as U+FFFD (the import reports them); Windows-1252
  // is for text that is not UTF-8 at all. A cut character at the end of the sample is fine.
  return { encoding: readsAsUtf8(head) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

function fieldCount(record: readonly string[] | undefined): number {
  return record?.length ?? 0;
}

/**
 * The delimiter whose split of the first rows gives a recognisable header row; failing
 * that, the one that splits the fullest of the first rows into the most fields.
 */
export function sniffDelimiter(sample: string): Delimiter {
  // The sample may end inside a record: drop its last line so a cut quote cannot swallow it.
  const cut = sample.lastIndexOf('\n');
  const lines = cut > 0 ? sample.slice(0, cut) : sample;
  let best: Delimiter = DELIMITERS[0] ?? ';';
  let bestFields = 0;
  for (const delimiter of DELIMITERS) {
    const records = parseCsvText(lines, delimiter, { lenient: true }).slice(0, HEADER_SEARCH_ROWS);
    if (records.some(readsAsHeader)) return delimiter;
    const fields = Math.max(0, ...records.map(fieldCount));
    if (fields > bestFields) [best, bestFields] = [delimiter, fields];
  }
  return best;
}
