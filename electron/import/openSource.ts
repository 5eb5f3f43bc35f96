/** Opens an import file by what its bytes say it is: a workbook or delimited text. */
import { detectFileKind } from './fileKind';
import { openCsv } from './csvSource';
import type { SourceBook } from './sourceBook';
import { openXlsxSource } from './xlsxSource';

export interface ReadLimits {
  /** The most bytes a workbook's parts may unpack to, together. */
  maxUnpackedBytes?: number;
}

export async function openSource(path: string, limits: ReadLimits = {}): Promise<SourceBook> {
  if ((await detectFileKind(path)) === 'csv') return openCsv(path);
  return openXlsxSource(path, limits.maxUnpackedBytes);
}
