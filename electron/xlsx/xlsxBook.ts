/**
 * An .xlsx workbook opened for streaming: the sheet list, the 1904 flag and the shared
 * strings first (the zip's central directory lets them be read wherever the writer put
 * them), then any sheet as a stream of row batches, one batch per unpacked chunk.
 *
 * Values only: styles are not read, so a date cell gives its serial number and callers
 * read a date column by what it holds.
 */
import type { SheetRow } from '../../shared/parse';
import { SharedStringsParser } from './sharedStrings';
import { SheetParser } from './sheetParser';
import { readWorkbookParts, WORKBOOK_PART, WORKBOOK_RELS_PART, type XlsxSheet } from './workbookParts';
import { ZipArchive } from './zipArchive';
import { ZipFormatError } from './errors';

export type { XlsxSheet } from './workbookParts';

export interface XlsxOptions {
  /** The most bytes all parts may unpack to, together. */
  maxUnpackedBytes?: number;
  /** An error cell (`#N/A`) as its text; by default it reads as an empty cell. */
  errorsAsText?: boolean;
}

export interface SheetReading {
  rows: AsyncGenerator<SheetRow[]>;
  /**
   * The sheet's row count: as its `<dimension>` declares, or else estimated from the bytes
   * unpacked so far (exceljs's streaming writer writes no dimension); null before any row.
   */
  readonly totalRows: number | null;
}

async function sharedStringsOf(zip: ZipArchive, part: string | null): Promise<string[]> {
  if (part === null || !zip.has(part)) return [];
  const parser = new SharedStringsParser(part);
  const decoder = new TextDecoder();
  for await (const chunk of zip.chunks(part)) parser.push(decoder.decode(chunk, { stream: true }));
  parser.push(decoder.decode());
  return parser.end();
}

/** The workbook part and its relationships: the sheet list, the shared strings' part, the 1904 flag. */
async function partsOf(zip: ZipArchive): Promise<ReturnType<typeof readWorkbookParts>> {
  const workbook = await zip.text(WORKBOOK_PART);
  const rels = await zip.text(WORKBOOK_RELS_PART);
  if (workbook === null || rels === null) throw new ZipFormatError(`it has no workbook part (${WORKBOOK_PART})`);
  return readWorkbookParts(workbook, rels);
}

export class XlsxBook {
  private constructor(
    private readonly zip: ZipArchive,
    readonly sheets: XlsxSheet[],
    readonly date1904: boolean,
    private readonly sharedStrings: string[],
    private readonly errorsAsText: boolean,
  ) {}

  /**
   * Opens the workbook and checks every part it will not stream (each unpacked with its
   * bytes counted and its checksum checked); a worksheet is checked as it is read.
   */
  static async open(path: string, options: XlsxOptions = {}): Promise<XlsxBook> {
    const zip = await ZipArchive.open(path, options.maxUnpackedBytes);
    const parts = await partsOf(zip);
    const sharedStrings = await sharedStringsOf(zip, parts.sharedStrings);
    const read = new Set([WORKBOOK_PART, WORKBOOK_RELS_PART, parts.sharedStrings, ...parts.sheets.map((s) => s.part)]);
    for (const name of zip.names) {
      if (!read.has(name)) await zip.verify(name);
    }
    const sheets = parts.sheets.filter((sheet) => zip.has(sheet.part));
    return new XlsxBook(zip, sheets, parts.date1904, sharedStrings, options.errorsAsText ?? false);
  }

  /**
   * The names of the workbook's sheets, from its workbook part alone: what deciding how to
   * open a file needs, without unpacking the shared strings that `open` reads.
   */
  static async sheetNames(path: string, options: XlsxOptions = {}): Promise<string[]> {
    const zip = await ZipArchive.open(path, options.maxUnpackedBytes);
    return (await partsOf(zip)).sheets.filter((sheet) => zip.has(sheet.part)).map((sheet) => sheet.name);
  }

  /** Streams one sheet's rows; throws TruncatedPartError, SheetLimitError, MalformedPartError or the zip's errors. */
  readSheet(sheet: XlsxSheet): SheetReading {
    const parser = new SheetParser(sheet.part, { sharedStrings: this.sharedStrings, errorsAsText: this.errorsAsText });
    const zip = this.zip;
    const size = zip.unpackedSize(sheet.part);
    const read = { bytes: 0, rows: 0 };
    async function* rows(): AsyncGenerator<SheetRow[]> {
      const decoder = new TextDecoder();
      for await (const chunk of zip.chunks(sheet.part)) {
        const batch = parser.push(decoder.decode(chunk, { stream: true }));
        read.bytes += chunk.length;
        read.rows += batch.length;
        if (batch.length > 0) yield batch;
      }
      const last = parser.push(decoder.decode());
      parser.end();
      if (last.length > 0) yield last;
    }
    return {
      rows: rows(),
      get totalRows() {
        if (parser.declaredRows !== null) return parser.declaredRows;
        return read.rows === 0 ? null : Math.max(read.rows, Math.round((read.rows * size) / read.bytes));
      },
    };
  }
}
