/**
 * Whether a file the OS hands Pito opens as a document or goes through the import:
 * a workbook Pito saved (it has the PitoData sheet) opens; any other workbook or CSV
 * file is imported. A workbook that cannot be read is imported too, so the import
 * reports what is wrong with it.
 */
import { extname } from 'node:path';
import { DATA_SHEET_NAME } from '../workbook/sheetContext';
import { listXlsxSheets } from '../xlsx/xlsxAdapter';
import type { RecentKind } from './recentFiles';

export async function openKindOf(path: string): Promise<RecentKind> {
  if (extname(path).toLowerCase() !== '.xlsx') return 'import';
  try {
    const sheets = await listXlsxSheets(path);
    return sheets.includes(DATA_SHEET_NAME) ? 'workbook' : 'import';
  } catch {
    return 'import';
  }
}
